# Workloads (RULES.md): EC2 instances, Auto Scaling groups (the instances they launch are workloads
# in their subnets) and ECS services whose tasks run in awsvpc network mode (each task has its own
# network interface in the service's subnets, with the service's security groups).
#
# Each workload is one object, whatever its kind, so that rules treat them alike:
#   {"id", "kind", "label", "subnet_ids" (list or null), "subnet_pointer", "subnet_fallback",
#    "security_group_ids" (list or null), "security_group_pointer"}
# The pointers name the snapshot field, so that an unknown can quote the gap that explains it.
package rampart.lib.workloads

import data.rampart.lib.index
import data.rampart.lib.network

items contains w if {
	some i in input.instances
	w := {
		"id": i.id,
		"kind": "instance",
		"label": sprintf("EC2 instance %s", [index.name(i)]),
		"subnet_ids": _instance_subnets(i),
		"subnet_pointer": "/subnet_id",
		"subnet_fallback": "its subnet is unknown",
		"security_group_ids": i.security_group_ids,
		"security_group_pointer": "/security_group_ids",
	}
}

items contains w if {
	some g in input.auto_scaling_groups
	w := {
		"id": g.id,
		"kind": "auto_scaling_group",
		"label": sprintf("Auto Scaling group %s", [index.name(g)]),
		"subnet_ids": g.subnet_ids,
		"subnet_pointer": "/subnet_ids",
		"subnet_fallback": _asg_subnet_fallback(g),
		"security_group_ids": g.security_group_ids,
		"security_group_pointer": "/security_group_ids",
	}
}

items contains w if {
	some s in input.ecs_services
	awsvpc(s)
	w := {
		"id": s.id,
		"kind": "ecs_service",
		"label": sprintf("ECS service %s", [index.name(s)]),
		"subnet_ids": s.subnet_ids,
		"subnet_pointer": "/subnet_ids",
		"subnet_fallback": "its subnets are unknown",
		"security_group_ids": s.security_group_ids,
		"security_group_pointer": "/security_group_ids",
	}
}

_instance_subnets(i) := [i.subnet_id] if {
	i.subnet_id != null
} else := null

# An Auto Scaling group without subnets launches into the default subnets of its zones' default VPC,
# which is not in the snapshot.
_asg_subnet_fallback(g) := "it names Availability Zones but no subnets, so it launches into their default subnets, which are not in the snapshot" if {
	count(g.availability_zones) > 0
} else := "its subnets are unknown"

# An ECS service whose tasks use awsvpc mode: the task definition says so, or the service runs on
# Fargate, which supports no other mode, or it has subnets in its network configuration, which ECS
# accepts for awsvpc mode only.
awsvpc(s) if s.network_mode == "awsvpc"

awsvpc(s) if {
	s.network_mode == null
	fargate(s)
}

awsvpc(s) if {
	s.network_mode == null
	count(s.subnet_ids) > 0
}

fargate(s) if s.launch_type == "FARGATE"

fargate(s) if {
	some p in s.capacity_providers
	p in {"FARGATE", "FARGATE_SPOT"}
}

# ECS services whose network mode the snapshot cannot tell (their task definition is unknown and
# they do not run on Fargate): they may be workloads or not.
undetermined_services contains s if {
	some s in input.ecs_services
	s.network_mode == null
	not awsvpc(s)
}

by_id := {w.id: w | some w in items}

# Workload ids by the subnets they run in, and by the security groups attached to them.
by_subnet[sid] contains w.id if {
	some w in items
	some sid in w.subnet_ids
	is_string(sid)
}

by_security_group[sg] contains w.id if {
	some w in items
	some sg in w.security_group_ids
	is_string(sg)
}

# Where each workload runs (network.placement), computed once per evaluation.
placements := {w.id: network.placement(w.id, w.subnet_ids, w.subnet_pointer, w.subnet_fallback) | some w in items}

# The VPCs a workload runs in, from those of its subnets the snapshot holds.
vpcs(w) := {v | some sid in w.subnet_ids; v := network.subnet_vpc(sid)}

# Labels of some workloads, for a message.
labels(ids) := concat(", ", sort([by_id[id].label | some id in ids]))
