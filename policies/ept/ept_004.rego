# METADATA
# title: VPCs whose private tasks log with awslogs have a CloudWatch Logs interface endpoint
# description: >-
#   ECS tasks whose containers use the awslogs log driver send every log line to CloudWatch Logs
#   (com.amazonaws.<region>.logs). From a private subnet without a Logs interface endpoint that traffic
#   leaves through a NAT gateway, or fails when the subnet has no NAT route: with the default blocking
#   mode the task cannot start. The rule applies to VPCs where ECS services in private subnets use
#   task definitions with the awslogs driver. The finding is high when one of those subnets has no NAT
#   route and medium when they all have one. A VPC where it cannot be told whether such tasks run, or
#   a service whose VPC cannot be told, is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch-logs-and-interface-VPC.html
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-connecting-vpc.html
#   - ref: https://aws.amazon.com/privatelink/pricing/
# custom:
#   id: EPT-004
#   severity: high
#   resource_kinds: [vpcs]
#   remediation: >-
#     Add an AWS::EC2::VPCEndpoint of type Interface for com.amazonaws.<region>.logs in the private
#     subnets, with PrivateDnsEnabled true and a security group admitting TCP 443 from the VPC. Cost:
#     log traffic through an interface endpoint is cheaper than through a NAT gateway; one published
#     comparison puts 1 TB a month at about 48 USD through an interface endpoint against about 103 USD
#     through a NAT gateway (see the PrivateLink and VPC pricing pages for your region).
package rampart.rules.ept_004

import data.rampart.lib.endpoints
import data.rampart.lib.gaps
import data.rampart.lib.index
import data.rampart.lib.network
import data.rampart.lib.workloads

_service := "logs"

_services contains w if {
	some w in workloads.items
	w.kind == "ecs_service"
}

# Whether a service's task definition uses the awslogs driver: "yes", "no" or "unknown" (the task
# definition is not in the snapshot, or a container's log driver could not be resolved).
_awslogs(w) := "yes" if {
	td := index.ecs_task_definitions[index.resources[w.id].task_definition_id]
	some c in td.containers
	c.log_driver == "awslogs"
} else := "no" if {
	td := index.ecs_task_definitions[index.resources[w.id].task_definition_id]
	not _driver_unresolved(td)
} else := "unknown"

_driver_unresolved(td) if {
	some i, c in td.containers
	c.log_driver == null
	gaps.has(td.id, sprintf("/containers/%d/log_driver", [i]))
}

# Private subnets of services that log with awslogs, by VPC; and those that cannot be placed.
_private[vid] contains e.subnet if {
	some w in _services
	_awslogs(w) == "yes"
	some e in workloads.placements[w.id].private
	vid := network.subnet_vpc(e.subnet)
}

_undecided[vid] contains e.subnet if {
	some w in _services
	_awslogs(w) == "yes"
	some e in workloads.placements[w.id].unknown
	vid := network.subnet_vpc(e.subnet)
}

_homeless contains w if {
	some w in endpoints.homeless
	w in _services
	_awslogs(w) in {"yes", "unknown"}
}

deny contains finding if {
	some finding in endpoints.findings(
		_service, _private,
		"their awslogs log driver cannot reach CloudWatch Logs and the tasks fail to start",
		"every log line pays NAT data processing charges",
	)
}

_question := "lets its private tasks send awslogs logs to CloudWatch Logs without leaving the VPC"

unknown contains u if {
	some u in endpoints.unknowns(_service, _private, _undecided, _homeless, _question)
}

# A VPC with services in private subnets whose log driver is unknown, and nothing else decided.
unknown contains u if {
	endpoints.required_type(_service)
	some vid, services in _maybe_awslogs
	not _private[vid]
	not _undecided[vid]
	v := endpoints.vpc(vid)
	count(endpoints.serving(v, _service)) == 0
	u := {
		"resource": vid,
		"reason": sprintf("cannot tell whether VPC %s %s: whether %s use the awslogs driver is unknown (task definition not in the snapshot or log driver unresolved)", [
			index.ref_name(vid), _question, workloads.labels(services),
		]),
	}
}

_maybe_awslogs[vid] contains w.id if {
	some w in _services
	_awslogs(w) == "unknown"
	some e in workloads.placements[w.id].private
	vid := network.subnet_vpc(e.subnet)
}
