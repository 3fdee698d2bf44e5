# METADATA
# title: VPC endpoints are for their own VPC's region
# description: >-
#   A VPC endpoint connects to a service in the region named by its service name
#   (com.amazonaws.<region>.<service>), and endpoints do not serve requests for another region. An
#   endpoint whose service name is for a different region than its VPC does nothing for the
#   workloads' calls to their own region's services, which then go through NAT or fail, and it is
#   usually a copy-paste mistake in a template. An endpoint whose service region or VPC region the
#   snapshot cannot tell (a template read without --region, say) is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html
# custom:
#   id: EPT-006
#   severity: medium
#   resource_kinds: [vpc_endpoints]
#   remediation: >-
#     Build the service name from the stack's own region (for example !Sub
#     "com.amazonaws.${AWS::Region}.ecr.api") instead of hard-coding one. To reach a service in another
#     region privately, use inter-region VPC peering or a Transit Gateway to a VPC in that region.
package rampart.rules.ept_006

import data.rampart.lib.gaps
import data.rampart.lib.index

# The region the endpoint's VPC is in: the VPC's own region, else the endpoint's (they are the same).
_region(e) := r if {
	r := index.vpcs[e.vpc_id].region
	is_string(r)
} else := r if {
	r := e.region
	is_string(r)
}

_label(e) := sprintf("VPC endpoint %s (%s)", [index.name(e), e.service_name]) if {
	is_string(e.service_name)
} else := sprintf("VPC endpoint %s", [index.name(e)])

deny contains finding if {
	some e in input.vpc_endpoints
	is_string(e.service_region)
	region := _region(e)
	e.service_region != region
	finding := {
		"resource": e.id,
		"message": sprintf("%s is for region %s but its VPC is in %s, so it serves none of the VPC's requests to %s.", [
			index.capitalize(_label(e)), e.service_region, region, region,
		]),
		"details": {"service_region": e.service_region, "vpc_region": region},
	}
}

unknown contains u if {
	some e in input.vpc_endpoints
	reason := _undecided(e)
	u := {"resource": e.id, "reason": sprintf("cannot tell whether %s is for its VPC's region: %s", [_label(e), reason])}
}

# A null service region is "not regional" when the service name is known and no gap names it.
_undecided(e) := reason if {
	e.service_region == null
	gaps.has(e.id, "/service_region")
	reason := gaps.reason(e.id, "/service_region")
} else := "its service name could not be resolved" if {
	e.service_region == null
	e.service_name == null
} else := reason if {
	is_string(e.service_region)
	not _region(e)
	reason := gaps.explain(e.id, "/region", "the region of its VPC is unknown")
}
