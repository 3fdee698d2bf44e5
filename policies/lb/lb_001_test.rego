package rampart.rules.lb_001_test

import data.rampart.rules.lb_001
import data.rampart.test.snapshots as snap

alb(scheme) := snap.load_balancer("s/Alb", scheme, ["s/PublicA", "s/PublicB"], ["eu-west-1a", "eu-west-1b"], [])

doc(scheme, actions) := snap.doc({
	"load_balancers": [alb(scheme)],
	"listeners": [snap.listener("s/Http", "s/Alb", "HTTP", 80, null, actions)],
})

test_forwarding_http_listener_on_internet_facing_alb_is_a_finding if {
	findings := lb_001.deny with input as doc("internet-facing", [snap.forward("s/WebTg")])
	snap.ids(findings) == {"s/Http"}
	some f in findings
	f.message == "HTTP listener on port 80 of internet-facing load balancer alb forwards requests in plaintext instead of redirecting them to HTTPS."
}

test_redirect_to_https_passes if {
	d := doc("internet-facing", [snap.redirect("HTTPS")])
	count(lb_001.deny) == 0 with input as d
	count(lb_001.unknown) == 0 with input as d
}

test_fixed_response_is_a_finding if {
	d := doc("internet-facing", [{"type": "fixed-response", "target_group_ids": [], "redirect": null}])
	snap.ids(lb_001.deny) == {"s/Http"} with input as d
}

test_internal_load_balancer_is_not_judged if {
	d := doc("internal", [snap.forward("s/WebTg")])
	count(lb_001.deny) == 0 with input as d
	count(lb_001.unknown) == 0 with input as d
}

test_load_balancer_outside_the_snapshot_is_unknown if {
	d := snap.doc({"listeners": [snap.listener("s/Http", "arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/x/1", "HTTP", 80, null, [snap.forward("s/WebTg")])]})
	count(lb_001.deny) == 0 with input as d
	snap.ids(lb_001.unknown) == {"s/Http"} with input as d
}

test_unresolved_redirect_protocol_is_unknown if {
	d := doc("internet-facing", [snap.redirect(null)])
	count(lb_001.deny) == 0 with input as d
	snap.ids(lb_001.unknown) == {"s/Http"} with input as d
}

test_listener_without_a_protocol_is_unknown_saying_it_is_not_set if {
	d := snap.doc({
		"load_balancers": [alb("internet-facing")],
		"listeners": [snap.listener("s/Http", "s/Alb", null, 80, null, [snap.forward("s/WebTg")])],
	})
	count(lb_001.deny) == 0 with input as d
	some u in lb_001.unknown with input as d
	u.reason == "cannot tell whether listener Http serves the internet in plaintext: its protocol is not set"
}
