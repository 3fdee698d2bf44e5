# METADATA
# title: Sensitive ECS services encrypt Service Connect traffic with TLS
# description: >-
#   ECS Service Connect carries service-to-service traffic through its proxy in plaintext unless the
#   Service Connect service has a tls block (an AWS Private CA issuer, with ECS issuing and rotating the
#   certificates). A service tagged as handling sensitive data (by default data-classification
#   sensitive or confidential, compared case-insensitively; configurable with sensitivity_tags) that
#   exposes a Service Connect service without TLS sends that data unencrypted across the VPC. Client-only
#   Service Connect configurations expose nothing and pass. A service whose sensitivity tags, Service
#   Connect state or TLS settings the snapshot cannot read is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-tls.html
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html
#   - ref: https://aws.amazon.com/private-ca/pricing/
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html
# custom:
#   id: SC-001
#   severity: high
#   resource_kinds: [ecs_services]
#   remediation: >-
#     Encrypt the traffic one of two ways. (1) Service Connect TLS: add a Tls block to each entry of
#     ServiceConnectConfiguration.Services, with IssuerCertificateAuthority.AwsPcaAuthorityArn naming an
#     AWS Private CA, a KMS key and an infrastructure role for ECS. Cost: a Private CA in short-lived
#     certificate mode costs about 50 USD per CA per month, plus about 4.5 USD per service per month for
#     the certificates ECS issues and rotates; one CA can serve every service of a namespace.
#     (2) Put the service behind an internal Application Load Balancer with an HTTPS listener and a free
#     ACM public certificate (clients call the load balancer's name instead of the Service Connect alias);
#     you pay the load balancer's hourly and LCU charges instead of the CA.
package rampart.rules.sc_001

import data.rampart.lib.gaps
import data.rampart.lib.index
import data.rampart.lib.tags

_enabled(s) if s.service_connect.enabled == true

# Service Connect services without TLS. tls is null when TLS is not configured; a gap on it means
# the value could not be resolved, which the unknowns handle.
_plaintext(s) := [i |
	some i, svc in s.service_connect.services
	svc.tls == null
	not gaps.has(s.id, sprintf("/service_connect/services/%d/tls", [i]))
]

_unresolved_tls(s) := [i |
	some i, svc in s.service_connect.services
	svc.tls == null
	gaps.has(s.id, sprintf("/service_connect/services/%d/tls", [i]))
]

_port_name(svc) := svc.discovery_name if is_string(svc.discovery_name) else := svc.port_name if is_string(svc.port_name) else := "(unnamed)"

_names(s, positions) := concat(", ", [_port_name(s.service_connect.services[i]) | some i in positions])

deny contains finding if {
	some s in input.ecs_services
	tags.sensitive(s)
	_enabled(s)
	plaintext := _plaintext(s)
	count(plaintext) > 0
	finding := {
		"resource": s.id,
		"message": sprintf("ECS service %s is tagged %s but exposes Service Connect service %s without TLS, so its traffic crosses the VPC in plaintext.", [
			index.name(s), tags.sensitivity_tag(s), _names(s, plaintext),
		]),
		"details": {"plaintext_services": [s.service_connect.services[i].port_name | some i in plaintext]},
	}
}

unknown contains u if {
	some s in input.ecs_services
	not _decided(s)
	reasons := _undecided(s)
	count(reasons) > 0
	u := {
		"resource": s.id,
		"reason": sprintf("cannot tell whether ECS service %s sends sensitive data over Service Connect in plaintext: %s", [index.name(s), concat("; ", reasons)]),
	}
}

_decided(s) if {
	tags.sensitive(s)
	_enabled(s)
	count(_plaintext(s)) > 0
}

# Each reason applies only when the other facts still allow a finding.
_undecided(s) := array.concat(
	array.concat(
		[gaps.explain(s.id, "/tags", "its sensitivity tags could not be resolved") |
			tags.sensitivity_unknown(s)
			_may_expose_plaintext(s)
		],
		[gaps.explain(s.id, "/service_connect", "whether Service Connect is enabled is unknown") |
			_may_be_sensitive(s)
			_enabled_unknown(s)
		],
	),
	[sprintf("the TLS settings of %s could not be resolved: %s", [_names(s, unresolved), gaps.reason(s.id, "/service_connect/services")]) |
		_may_be_sensitive(s)
		_may_be_enabled(s)
		count(_plaintext(s)) == 0
		unresolved := _unresolved_tls(s)
		count(unresolved) > 0
	],
)

_may_be_sensitive(s) if tags.sensitive(s)

_may_be_sensitive(s) if tags.sensitivity_unknown(s)

_may_be_enabled(s) if _enabled(s)

_may_be_enabled(s) if _enabled_unknown(s)

_enabled_unknown(s) if {
	is_object(s.service_connect)
	s.service_connect.enabled == null
}

_may_expose_plaintext(s) if {
	_may_be_enabled(s)
	count(_plaintext(s)) + count(_unresolved_tls(s)) > 0
}
