# METADATA
# title: Sensitive Service Connect traffic is encrypted
# description: A sensitive ECS service exposes Service Connect without TLS.
# custom:
#   id: SC-001
#   severity: high
#   resource_kinds: [ecs_services]
#   remediation: Add a tls block with an AWS Private CA.
package rampart.rules.sc_001

deny contains {"resource": s.id, "message": sprintf("Service Connect service %s of a sensitive ECS service has no TLS.", [svc.discovery_name])} if {
	some s in input.ecs_services
	lower(s.tags["data-classification"]) in {"confidential", "sensitive"}
	s.service_connect.enabled == true
	some svc in s.service_connect.services
	svc.tls == null
}
