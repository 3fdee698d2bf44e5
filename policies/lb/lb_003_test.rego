package rampart.rules.lb_003_test

import data.rampart.rules.lb_003
import data.rampart.test.snapshots as snap

test_load_balancer_in_one_zone_is_a_finding if {
	d := snap.doc({"load_balancers": [snap.load_balancer("s/Alb", "internet-facing", ["s/PublicA"], ["eu-west-1a"], [])]})
	findings := lb_003.deny with input as d
	snap.ids(findings) == {"s/Alb"}
	some f in findings
	f.message == "Load balancer alb is in one Availability Zone (eu-west-1a), so an outage of that zone takes it down."
}

test_two_zones_pass if {
	d := snap.doc({"load_balancers": [snap.load_balancer("s/Alb", "internet-facing", ["s/PublicA", "s/PublicB"], ["eu-west-1a", "eu-west-1b"], [])]})
	count(lb_003.deny) == 0 with input as d
	count(lb_003.unknown) == 0 with input as d
}

test_zones_come_from_the_subnets_when_the_list_is_unknown if {
	d := snap.doc({"load_balancers": [snap.load_balancer("s/Alb", "internal", ["s/PrivateA", "s/IsolatedA"], null, [])]})
	snap.ids(lb_003.deny) == {"s/Alb"} with input as d
}

test_one_known_zone_and_an_unknown_one_is_unknown if {
	d := snap.doc({
		"load_balancers": [snap.load_balancer("s/Alb", "internet-facing", ["s/PublicA", null], ["eu-west-1a", null], [])],
		"gaps": [snap.gap("s/Alb", "/availability_zones/1", "the zone of subnet s/Other is not known")],
	})
	count(lb_003.deny) == 0 with input as d
	unknowns := lb_003.unknown with input as d
	some u in unknowns
	u.resource == "s/Alb"
	contains(u.reason, "the zone of subnet s/Other is not known")
}

test_two_known_zones_and_an_unknown_one_pass if {
	d := snap.doc({"load_balancers": [snap.load_balancer("s/Alb", "internet-facing", ["s/PublicA", "s/PublicB", null], ["eu-west-1a", "eu-west-1b", null], [])]})
	count(lb_003.deny) == 0 with input as d
	count(lb_003.unknown) == 0 with input as d
}
