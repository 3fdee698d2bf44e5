package rampart.lib.workloads_test

import data.rampart.lib.workloads
import data.rampart.test.snapshots as snap

test_instances_groups_and_awsvpc_services_are_workloads if {
	doc := snap.doc({
		"instances": [snap.instance("s/Web", "s/PrivateA", ["s/WebSg"])],
		"auto_scaling_groups": [snap.asg("s/Workers", ["s/PrivateA"], ["s/WebSg"])],
		"ecs_services": [snap.service("s/Api", ["s/PrivateA"], ["s/ApiSg"])],
	})
	ids := {w.id | some w in workloads.items} with input as doc
	ids == {"s/Web", "s/Workers", "s/Api"}
}

test_bridge_mode_service_is_not_a_workload if {
	svc := object.union(snap.service("s/Bridge", null, null), {"network_mode": "bridge", "launch_type": "EC2"})
	count(workloads.items) == 0 with input as snap.doc({"ecs_services": [svc]})
}

test_fargate_service_with_unknown_network_mode_is_awsvpc if {
	svc := object.union(snap.service("s/Api", ["s/PrivateA"], []), {"network_mode": null})
	workloads.awsvpc(svc)
}

test_service_with_unknown_mode_on_ec2_without_subnets_is_undetermined if {
	svc := object.union(snap.service("s/Api", null, null), {"network_mode": null, "launch_type": "EC2"})
	doc := snap.doc({"ecs_services": [svc]})
	count(workloads.items) == 0 with input as doc
	{s.id | some s in workloads.undetermined_services} == {"s/Api"} with input as doc
}

test_workloads_are_indexed_by_subnet_and_security_group if {
	doc := snap.doc({"instances": [snap.instance("s/Web", "s/PrivateA", ["s/WebSg"])]})
	workloads.by_subnet["s/PrivateA"] == {"s/Web"} with input as doc
	workloads.by_security_group["s/WebSg"] == {"s/Web"} with input as doc
}

test_instance_without_subnet_has_an_unknown_placement if {
	doc := snap.doc({
		"instances": [snap.instance("s/Web", null, [])],
		"gaps": [snap.gap("s/Web", "/subnet_id", "the instance names no subnet: it launches into the default VPC")],
	})
	p := workloads.placements["s/Web"] with input as doc
	p.unknown[0].status.reason == "the instance names no subnet: it launches into the default VPC"
}

test_group_with_zones_only_says_it_uses_default_subnets if {
	group := object.union(snap.asg("s/Workers", null, []), {"availability_zones": ["eu-west-1a"]})
	p := workloads.placements["s/Workers"] with input as snap.doc({"auto_scaling_groups": [group]})
	contains(p.unknown[0].status.reason, "default subnets")
}
