# METADATA
# title: ECS tasks in awsvpc mode are not in public subnets and get no public IP
# description: >-
#   An ECS service whose tasks use awsvpc network mode gives every task its own network interface in
#   the service's subnets. With a public subnet, or with AssignPublicIp ENABLED, each task can get a
#   public address and is one security group mistake away from the internet; tasks should run in
#   private subnets behind a load balancer. A public IP is reported even when the subnets are unknown.
#   A service whose subnets the snapshot cannot place, or whose network mode it cannot tell, is
#   reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-inbound.html
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html
# custom:
#   id: NET-002
#   severity: high
#   resource_kinds: [ecs_services]
#   remediation: >-
#     Set the service's NetworkConfiguration.AwsvpcConfiguration to private subnets and AssignPublicIp
#     to DISABLED. Receive traffic through a load balancer in the public subnets, and let tasks pull
#     images and send logs through VPC endpoints for ECR, S3 and CloudWatch Logs (or a NAT gateway).
package rampart.rules.net_002

import data.rampart.lib.gaps
import data.rampart.lib.index
import data.rampart.lib.network
import data.rampart.lib.workloads

_services contains w if {
	some w in workloads.items
	w.kind == "ecs_service"
}

# What makes a service's tasks reachable from the internet, one sentence part per cause.
_causes(w) := array.concat(_public_ip(w), _public_subnets(w))

_public_ip(w) := ["its tasks get a public IP address (AssignPublicIp: ENABLED)"] if {
	index.resources[w.id].assign_public_ip == true
} else := []

_public_subnets(w) := [sprintf("its tasks run in a public subnet: %s", [network.describe_all(p.public)])] if {
	p := workloads.placements[w.id]
	count(p.public) > 0
} else := []

deny contains finding if {
	some w in _services
	causes := _causes(w)
	count(causes) > 0
	p := workloads.placements[w.id]
	finding := {
		"resource": w.id,
		"message": sprintf("%s is exposed to the internet: %s.", [w.label, concat("; ", causes)]),
		"details": {
			"assign_public_ip": index.resources[w.id].assign_public_ip,
			"public_subnets": [e.subnet | some e in p.public],
		},
	}
}

# Not a finding, and something could still make it one: an unknown subnet or an unknown public IP
# setting (null with a gap; null without one means "not set", and AWS's default is DISABLED).
unknown contains u if {
	some w in _services
	count(_causes(w)) == 0
	reasons := _undecided(w)
	count(reasons) > 0
	u := {
		"resource": w.id,
		"reason": sprintf("cannot tell whether %s is exposed to the internet: %s", [w.label, concat("; ", reasons)]),
	}
}

_undecided(w) := array.concat(
	[network.describe_all(p.unknown) | p := workloads.placements[w.id]; count(p.unknown) > 0],
	[gaps.reason(w.id, "/assign_public_ip") | index.resources[w.id].assign_public_ip == null; gaps.has(w.id, "/assign_public_ip")],
)

# Services whose network mode is unknown may be awsvpc services with public subnets or addresses.
unknown contains u if {
	some s in workloads.undetermined_services
	u := {
		"resource": s.id,
		"reason": sprintf("cannot tell whether ECS service %s runs its tasks in awsvpc mode: %s", [
			index.name(s),
			gaps.explain(s.id, "/network_mode", sprintf("its task definition %s is not in the snapshot", [index.ref_name(s.task_definition_id)])),
		]),
	}
}
