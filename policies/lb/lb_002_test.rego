package rampart.rules.lb_002_test

import data.rampart.rules.lb_002
import data.rampart.test.snapshots as snap

doc(protocol, policy) := snap.doc({
	"load_balancers": [snap.load_balancer("s/Alb", "internet-facing", ["s/PublicA", "s/PublicB"], ["eu-west-1a", "eu-west-1b"], [])],
	"listeners": [snap.listener("s/Https", "s/Alb", protocol, 443, policy, [snap.forward("s/WebTg")])],
})

test_policy_allowing_tls_1_0_is_a_finding if {
	findings := lb_002.deny with input as doc("HTTPS", "ELBSecurityPolicy-2016-08") with data.rampart.config as snap.config
	snap.ids(findings) == {"s/Https"}
	some f in findings
	f.message == "HTTPS listener Https of load balancer alb uses SSL policy ELBSecurityPolicy-2016-08, which allows protocols older than TLS 1.2."
}

test_allowlisted_policy_passes if {
	d := doc("TLS", "ELBSecurityPolicy-TLS13-1-2-2021-06")
	count(lb_002.deny) == 0 with input as d with data.rampart.config as snap.config
	count(lb_002.unknown) == 0 with input as d with data.rampart.config as snap.config
}

test_allowlist_comes_from_configuration if {
	cfg := json.patch(snap.config, [{"op": "replace", "path": "/ssl_policy_allowlist", "value": ["ELBSecurityPolicy-TLS13-1-3-2021-06"]}])
	snap.ids(lb_002.deny) == {"s/Https"} with input as doc("HTTPS", "ELBSecurityPolicy-TLS13-1-2-2021-06") with data.rampart.config as cfg
}

test_http_listeners_are_not_judged if {
	count(lb_002.deny) == 0 with input as doc("HTTP", null) with data.rampart.config as snap.config
	count(lb_002.unknown) == 0 with input as doc("HTTP", null) with data.rampart.config as snap.config
}

test_policy_left_to_aws_is_unknown if {
	d := json.patch(doc("HTTPS", null), [{"op": "add", "path": "/gaps/-", "value": snap.gap("s/Https", "/ssl_policy", "the listener leaves its SSL policy to AWS's default at creation time")}])
	count(lb_002.deny) == 0 with input as d with data.rampart.config as snap.config
	unknowns := lb_002.unknown with input as d with data.rampart.config as snap.config
	some u in unknowns
	u.resource == "s/Https"
	contains(u.reason, "ELBSecurityPolicy-2016-08")
}
