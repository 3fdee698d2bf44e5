# METADATA
# title: TLS listeners allow only TLS 1.2 and newer
# description: >-
#   An HTTPS or TLS listener's security policy decides which protocol versions clients may negotiate.
#   Policies that still allow TLS 1.0 or 1.1 (ELBSecurityPolicy-2016-08, the default for listeners
#   created through CloudFormation, the CLI and the CDK, among them) accept protocols with known
#   weaknesses that compliance standards such as PCI DSS no longer permit. The policies that allow only
#   TLS 1.2 and newer are listed in the configuration (ssl_policy_allowlist), not in this rule, so that
#   new AWS policies can be admitted without a release. A listener whose policy the snapshot cannot
#   read (one left to AWS's default in a template) is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/describe-ssl-policies.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/network/describe-ssl-policies.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-update-certificates.html#update-security-policy
# custom:
#   id: LB-002
#   severity: medium
#   resource_kinds: [listeners]
#   remediation: >-
#     Set the listener's SslPolicy to a policy that allows only TLS 1.2 and 1.3, for example
#     ELBSecurityPolicy-TLS13-1-2-2021-06 (or ELBSecurityPolicy-TLS13-1-2-Res-2021-06 for forward
#     secrecy only). Always set SslPolicy explicitly: when it is left out, CloudFormation and the CDK
#     create the listener with ELBSecurityPolicy-2016-08, which allows TLS 1.0.
package rampart.rules.lb_002

import data.rampart.lib.gaps
import data.rampart.lib.index

_tls contains l if {
	some l in input.listeners
	l.protocol in {"HTTPS", "TLS"}
}

_allowed(policy) if policy in data.rampart.config.ssl_policy_allowlist

_where(l) := sprintf(" of load balancer %s", [index.name(index.load_balancers[l.load_balancer_id])]) if {
	index.load_balancers[l.load_balancer_id]
} else := ""

deny contains finding if {
	some l in _tls
	is_string(l.ssl_policy)
	not _allowed(l.ssl_policy)
	finding := {
		"resource": l.id,
		"message": sprintf("%s listener %s%s uses SSL policy %s, which allows protocols older than TLS 1.2.", [
			l.protocol, index.name(l), _where(l), l.ssl_policy,
		]),
		"details": {"ssl_policy": l.ssl_policy},
	}
}

unknown contains u if {
	some l in _tls
	l.ssl_policy == null
	u := {
		"resource": l.id,
		"reason": sprintf("cannot tell which TLS versions %s listener %s allows: %s (when AWS picks, CloudFormation and the CDK use ELBSecurityPolicy-2016-08, which allows TLS 1.0)", [
			l.protocol, index.name(l), gaps.explain(l.id, "/ssl_policy", "its SSL policy is unknown"),
		]),
	}
}

# A listener whose protocol is unknown may be a TLS listener with a weak policy.
unknown contains u if {
	some l in input.listeners
	l.protocol == null
	not _allowed(l.ssl_policy)
	u := {
		"resource": l.id,
		"reason": sprintf("cannot tell whether listener %s terminates TLS with an old protocol: %s", [
			index.name(l), gaps.explain(l.id, "/protocol", "its protocol is not set"),
		]),
	}
}
