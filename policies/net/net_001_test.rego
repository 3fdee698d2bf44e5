package rampart.rules.net_001_test

import data.rampart.rules.net_001
import data.rampart.test.snapshots as snap

test_instance_in_public_subnet_is_a_finding if {
	doc := snap.doc({"instances": [snap.instance("s/Bastion", "s/PublicA", [])]})
	findings := net_001.deny with input as doc
	snap.ids(findings) == {"s/Bastion"}
	some f in findings
	startswith(f.message, "EC2 instance Bastion is in a public subnet")
	contains(f.message, "PublicRt")
	f.details.public_subnets == ["s/PublicA"]
	count(net_001.unknown) == 0 with input as doc
}

test_instance_in_private_subnet_passes if {
	doc := snap.doc({"instances": [snap.instance("s/Web", "s/PrivateA", []), snap.instance("s/Batch", "s/MainOnly", [])]})
	count(net_001.deny) == 0 with input as doc
	count(net_001.unknown) == 0 with input as doc
}

test_auto_scaling_group_with_one_public_subnet_is_a_finding if {
	doc := snap.doc({"auto_scaling_groups": [snap.asg("s/Workers", ["s/PrivateA", "s/PublicB"], [])]})
	findings := net_001.deny with input as doc
	snap.ids(findings) == {"s/Workers"}
	some f in findings
	f.details.public_subnets == ["s/PublicB"]
}

test_public_subnet_wins_over_an_unknown_one if {
	doc := snap.doc({"auto_scaling_groups": [snap.asg("s/Workers", [null, "s/PublicB"], [])]})
	snap.ids(net_001.deny) == {"s/Workers"} with input as doc
	count(net_001.unknown) == 0 with input as doc
}

test_subnet_from_a_parameter_is_unknown_not_a_finding if {
	doc := snap.doc({
		"instances": [snap.instance("s/Web", null, [])],
		"gaps": [snap.gap("s/Web", "/subnet_id", "parameter SubnetId has no value and no default")],
	})
	count(net_001.deny) == 0 with input as doc
	unknowns := net_001.unknown with input as doc
	snap.ids(unknowns) == {"s/Web"}
	some u in unknowns
	contains(u.reason, "parameter SubnetId has no value")
}

test_subnet_outside_the_snapshot_is_unknown if {
	doc := snap.doc({"auto_scaling_groups": [snap.asg("s/Workers", ["subnet-0abc", "s/PrivateA"], [])]})
	count(net_001.deny) == 0 with input as doc
	snap.ids(net_001.unknown) == {"s/Workers"} with input as doc
}

test_ecs_services_are_left_to_net_002 if {
	doc := snap.doc({"ecs_services": [snap.service("s/Api", ["s/PublicA"], [])]})
	count(net_001.deny) == 0 with input as doc
}
