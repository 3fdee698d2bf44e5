# METADATA
# title: Internet-facing ALB listeners redirect HTTP to HTTPS
# description: An internet-facing listener on HTTP that forwards sends traffic in clear text.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html
# custom:
#   id: LB-001
#   severity: high
#   resource_kinds: [listeners]
#   remediation: Make the default action a redirect to HTTPS.
package rampart.rules.lb_001

import data.rampart.lib.test

deny contains {"resource": l.id, "message": sprintf("The HTTP listener on port %d forwards instead of redirecting to HTTPS.", [l.port])} if {
	some l in input.listeners
	l.protocol == "HTTP"
	test.internet_facing(l.load_balancer_id)
	not redirects(l)
}

redirects(l) if {
	some a in l.default_actions
	a.type == "redirect"
}
