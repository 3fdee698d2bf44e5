# METADATA
# title: Internal load balancers and interface endpoints stay out of public subnets
# description: >-
#   Public subnets are for internet gateways, NAT gateways and internet-facing load balancers only.
#   An internal load balancer or an interface VPC endpoint placed in a public subnet works, but it
#   takes addresses from the subnet meant for the internet edge, blurs the boundary that route tables
#   and network ACLs enforce, and is one scheme or security group change away from exposure. A
#   resource with a subnet the snapshot cannot place, and no known public one, is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-inbound.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html
# custom:
#   id: NET-004
#   severity: low
#   resource_kinds: [load_balancers, vpc_endpoints]
#   remediation: >-
#     Move the internal load balancer (its Subnets or SubnetMappings) or the interface endpoint (its
#     SubnetIds) to the private subnets where its clients run, one per Availability Zone. Keep public
#     subnets for internet gateways, NAT gateways and internet-facing load balancers.
package rampart.rules.net_004

import data.rampart.lib.index
import data.rampart.lib.network

# Everything this rule places: internal load balancers and interface endpoints, with their labels.
# A load balancer or endpoint whose scheme or type is unknown is placed too, as "maybe".
_candidates contains c if {
	some lb in input.load_balancers
	lb.scheme in {"internal", null}
	lb.type != "gateway"
	c := {"r": lb, "label": sprintf("internal load balancer %s", [index.name(lb)]), "known": lb.scheme != null, "what": "scheme"}
}

_candidates contains c if {
	some e in input.vpc_endpoints
	e.type in {"interface", null}
	c := {"r": e, "label": sprintf("interface endpoint %s", [_endpoint_name(e)]), "known": e.type != null, "what": "endpoint type"}
}

_endpoint_name(e) := sprintf("%s (%s)", [index.name(e), e.service]) if {
	is_string(e.service)
} else := index.name(e)

_placement(c) := network.placement(c.r.id, c.r.subnet_ids, "/subnet_ids", "its subnets are unknown")

deny contains finding if {
	some c in _candidates
	c.known
	p := _placement(c)
	count(p.public) > 0
	finding := {
		"resource": c.r.id,
		"message": sprintf("%s is in a public subnet, which should hold only internet gateways, NAT gateways and internet-facing load balancers: %s.", [
			index.capitalize(c.label), network.describe_all(p.public),
		]),
		"details": {"public_subnets": [e.subnet | some e in p.public]},
	}
}

unknown contains u if {
	some c in _candidates
	c.known
	p := _placement(c)
	count(p.public) == 0
	count(p.unknown) > 0
	u := {
		"resource": c.r.id,
		"reason": sprintf("cannot tell whether %s is in a public subnet: %s", [c.label, network.describe_all(p.unknown)]),
	}
}

# In a public subnet, but whether it is internal (or an interface endpoint) is unknown.
unknown contains u if {
	some c in _candidates
	not c.known
	p := _placement(c)
	count(p.public) + count(p.unknown) > 0
	u := {
		"resource": c.r.id,
		"reason": sprintf("cannot tell whether %s breaks the rule: its %s is unknown", [index.name(c.r), c.what]),
	}
}
