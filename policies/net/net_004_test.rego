package rampart.rules.net_004_test

import data.rampart.rules.net_004
import data.rampart.test.snapshots as snap

test_internal_load_balancer_in_public_subnet_is_a_finding if {
	lb := snap.load_balancer("s/Internal", "internal", ["s/PublicA", "s/PrivateB"], ["eu-west-1a", "eu-west-1b"], [])
	findings := net_004.deny with input as snap.doc({"load_balancers": [lb]})
	snap.ids(findings) == {"s/Internal"}
	some f in findings
	startswith(f.message, "Internal load balancer internal is in a public subnet")
}

test_interface_endpoint_in_public_subnet_is_a_finding if {
	e := snap.endpoint("s/EcrApi", "ecr.api", "interface", ["s/PublicA"], [], ["s/EndpointSg"])
	findings := net_004.deny with input as snap.doc({"vpc_endpoints": [e]})
	snap.ids(findings) == {"s/EcrApi"}
	some f in findings
	startswith(f.message, "Interface endpoint EcrApi (ecr.api) is in a public subnet")
}

test_internet_facing_load_balancers_and_gateway_endpoints_belong_in_public_subnets if {
	lb := snap.load_balancer("s/Alb", "internet-facing", ["s/PublicA", "s/PublicB"], ["eu-west-1a", "eu-west-1b"], [])
	doc := snap.doc({"load_balancers": [lb], "vpc_endpoints": snap.all_endpoints})
	count(net_004.deny) == 0 with input as doc
	count(net_004.unknown) == 0 with input as doc
}

test_internal_load_balancer_in_private_subnets_passes if {
	lb := snap.load_balancer("s/Internal", "internal", ["s/PrivateA", "s/PrivateB"], ["eu-west-1a", "eu-west-1b"], [])
	count(net_004.deny) == 0 with input as snap.doc({"load_balancers": [lb]})
}

test_endpoint_with_unknown_subnet_is_unknown if {
	e := snap.endpoint("s/EcrApi", "ecr.api", "interface", ["s/PrivateA", null], [], [])
	doc := snap.doc({"vpc_endpoints": [e]})
	count(net_004.deny) == 0 with input as doc
	snap.ids(net_004.unknown) == {"s/EcrApi"} with input as doc
}

test_load_balancer_with_unknown_scheme_in_public_subnet_is_unknown if {
	lb := snap.load_balancer("s/Lb", null, ["s/PublicA"], ["eu-west-1a"], [])
	doc := snap.doc({"load_balancers": [lb]})
	count(net_004.deny) == 0 with input as doc
	snap.ids(net_004.unknown) == {"s/Lb"} with input as doc
}
