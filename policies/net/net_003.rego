# METADATA
# title: Internet-facing load balancers sit in public subnets
# description: >-
#   An internet-facing load balancer receives internet traffic only in subnets whose route table
#   sends 0.0.0.0/0 (or ::/0) to an internet gateway. A node in a private subnet cannot be reached
#   from the internet: clients resolving to it time out, and the design is usually a mistake (an
#   internal load balancer was meant, or the wrong subnets were chosen). The rule decides only when
#   every subnet of the load balancer is known; otherwise the load balancer is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html
#   - ref: https://repost.aws/knowledge-center/public-load-balancer-private-ec2
# custom:
#   id: NET-003
#   severity: medium
#   resource_kinds: [load_balancers]
#   remediation: >-
#     Attach the internet-facing load balancer to public subnets (one per Availability Zone, each with a
#     route table whose 0.0.0.0/0 route targets the internet gateway), and keep its targets in private
#     subnets. If the load balancer should not be reachable from the internet, make it internal.
package rampart.rules.net_003

import data.rampart.lib.index
import data.rampart.lib.network

_placement(lb) := network.placement(lb.id, lb.subnet_ids, "/subnet_ids", "its subnets are unknown")

_label(lb) := sprintf("load balancer %s", [index.name(lb)])

# RULES.md: only when every subnet is known. A private subnet next to an unknown one is still
# undecided, because the rule judges the load balancer as a whole.
deny contains finding if {
	some lb in input.load_balancers
	lb.scheme == "internet-facing"
	p := _placement(lb)
	count(p.unknown) == 0
	count(p.private) > 0
	finding := {
		"resource": lb.id,
		"message": sprintf("%s is internet-facing but sits in private subnets, where it cannot receive internet traffic: %s.", [
			index.capitalize(_label(lb)), network.describe_all(p.private),
		]),
		"details": {"private_subnets": [e.subnet | some e in p.private]},
	}
}

unknown contains u if {
	some lb in input.load_balancers
	lb.scheme == "internet-facing"
	p := _placement(lb)
	count(p.unknown) > 0
	u := {
		"resource": lb.id,
		"reason": sprintf("cannot tell whether internet-facing %s sits in public subnets: %s", [
			_label(lb), network.describe_all(p.unknown),
		]),
	}
}

# A load balancer whose scheme is unknown is undecided when one of its subnets is not known to be
# public (an internet-facing one would violate the rule there, an internal one would not).
unknown contains u if {
	some lb in input.load_balancers
	lb.scheme == null
	lb.type != "gateway"
	p := _placement(lb)
	count(p.private) + count(p.unknown) > 0
	u := {
		"resource": lb.id,
		"reason": sprintf("cannot tell whether %s is internet-facing: its scheme is unknown", [_label(lb)]),
	}
}
