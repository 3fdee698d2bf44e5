package rampart.rules.net_003_test

import data.rampart.rules.net_003
import data.rampart.test.snapshots as snap

lb(scheme, subnets) := snap.load_balancer("s/Alb", scheme, subnets, ["eu-west-1a", "eu-west-1b"], ["s/AlbSg"])

test_internet_facing_in_public_subnets_passes if {
	doc := snap.doc({"load_balancers": [lb("internet-facing", ["s/PublicA", "s/PublicB"])]})
	count(net_003.deny) == 0 with input as doc
	count(net_003.unknown) == 0 with input as doc
}

test_internet_facing_in_a_private_subnet_is_a_finding if {
	doc := snap.doc({"load_balancers": [lb("internet-facing", ["s/PublicA", "s/PrivateB"])]})
	findings := net_003.deny with input as doc
	snap.ids(findings) == {"s/Alb"}
	some f in findings
	startswith(f.message, "Load balancer alb is internet-facing but sits in private subnets")
	f.details.private_subnets == ["s/PrivateB"]
}

test_internal_load_balancer_in_private_subnets_is_not_judged if {
	doc := snap.doc({"load_balancers": [lb("internal", ["s/PrivateA", "s/PrivateB"])]})
	count(net_003.deny) == 0 with input as doc
	count(net_003.unknown) == 0 with input as doc
}

test_decides_only_when_every_subnet_is_known if {
	doc := snap.doc({"load_balancers": [lb("internet-facing", ["s/PrivateA", "subnet-0abc"])]})
	count(net_003.deny) == 0 with input as doc
	snap.ids(net_003.unknown) == {"s/Alb"} with input as doc
}

test_subnets_from_a_parameter_are_unknown if {
	doc := snap.doc({
		"load_balancers": [lb("internet-facing", null)],
		"gaps": [snap.gap("s/Alb", "/subnet_ids", "parameter PublicSubnetIds has no value and no default")],
	})
	count(net_003.deny) == 0 with input as doc
	unknowns := net_003.unknown with input as doc
	some u in unknowns
	u.resource == "s/Alb"
	contains(u.reason, "PublicSubnetIds")
}

test_unknown_scheme_in_private_subnets_is_unknown if {
	doc := snap.doc({"load_balancers": [lb(null, ["s/PrivateA"])]})
	count(net_003.deny) == 0 with input as doc
	snap.ids(net_003.unknown) == {"s/Alb"} with input as doc
}
