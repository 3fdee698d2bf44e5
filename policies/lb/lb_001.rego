# METADATA
# title: Internet-facing HTTP listeners redirect to HTTPS
# description: >-
#   An HTTP listener on an internet-facing Application Load Balancer that forwards requests (or answers
#   them itself) serves the application in plaintext over the internet: credentials, cookies and data
#   can be read and changed on the way. Its default action should be a redirect to HTTPS, so that
#   clients that start on http:// move to the encrypted listener. A listener whose load balancer,
#   scheme or default action the snapshot cannot read is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/rule-action-types.html
#   - ref: https://repost.aws/knowledge-center/elb-redirect-http-to-https-using-alb
# custom:
#   id: LB-001
#   severity: high
#   resource_kinds: [listeners]
#   remediation: >-
#     Make the HTTP listener's default action a redirect (Type redirect, RedirectConfig Protocol HTTPS,
#     Port 443, StatusCode HTTP_301) and serve the application from an HTTPS listener with an ACM
#     certificate and a TLS 1.2+ security policy (see LB-002).
package rampart.rules.lb_001

import data.rampart.lib.gaps
import data.rampart.lib.index

_http contains l if {
	some l in input.listeners
	l.protocol == "HTTP"
}

_lb(l) := index.load_balancers[l.load_balancer_id]

# The default action that answers the request: the last one (authenticate actions come first).
_final(l) := l.default_actions[count(l.default_actions) - 1]

_redirects_to_https(l) if {
	a := _final(l)
	a.type == "redirect"
	a.redirect.protocol == "HTTPS"
}

_action_unknown(l) if count(l.default_actions) == 0

_action_unknown(l) if _final(l).type == null

_action_unknown(l) if {
	a := _final(l)
	a.type == "redirect"
	a.redirect.protocol == null
}

_describe_action(l) := sprintf("redirects to %s instead of HTTPS", [_final(l).redirect.protocol]) if {
	_final(l).type == "redirect"
} else := sprintf("forwards requests in plaintext instead of redirecting them to HTTPS", []) if {
	_final(l).type == "forward"
} else := sprintf("answers with a %s action instead of redirecting to HTTPS", [_final(l).type])

deny contains finding if {
	some l in _http
	lb := _lb(l)
	lb.scheme == "internet-facing"
	not _redirects_to_https(l)
	not _action_unknown(l)
	finding := {
		"resource": l.id,
		"message": sprintf("HTTP listener on port %v of internet-facing load balancer %s %s.", [l.port, index.name(lb), _describe_action(l)]),
		"details": {"load_balancer": lb.id, "default_action": _final(l).type},
	}
}

unknown contains u if {
	some l in _http
	not _redirects_to_https(l)
	reasons := _undecided(l)
	count(reasons) > 0
	u := {
		"resource": l.id,
		"reason": sprintf("cannot tell whether HTTP listener %s serves the internet in plaintext: %s", [index.name(l), concat("; ", reasons)]),
	}
}

_undecided(l) := [reason] if {
	not _lb(l)
	reason := gaps.explain(l.id, "/load_balancer_id", sprintf("its load balancer %s is not in the snapshot", [index.ref_name(l.load_balancer_id)]))
} else := [reason] if {
	_lb(l).scheme == null
	reason := gaps.explain(_lb(l).id, "/scheme", sprintf("the scheme of load balancer %s is unknown", [index.name(_lb(l))]))
} else := [reason] if {
	_lb(l).scheme == "internet-facing"
	_action_unknown(l)
	reason := gaps.explain(l.id, "/default_actions", "its default action could not be resolved")
} else := []

# A listener whose protocol is unknown, on what may be an internet-facing Application Load Balancer.
unknown contains u if {
	some l in input.listeners
	l.protocol == null
	_lb(l).type in {"application", null}
	_lb(l).scheme in {"internet-facing", null}
	u := {
		"resource": l.id,
		"reason": sprintf("cannot tell whether listener %s serves the internet in plaintext: %s", [
			index.name(l), gaps.explain(l.id, "/protocol", "its protocol is not set"),
		]),
	}
}
