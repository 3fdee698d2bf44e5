# METADATA
# title: Subnets do not assign public IPv4 addresses on launch
# description: >-
#   A subnet with MapPublicIpOnLaunch true gives every network interface launched into it a public
#   IPv4 address unless the launch says otherwise, so an instance or task started with defaults is
#   reachable from the internet wherever the subnet routes to an internet gateway (and every public
#   address is billed). Public IPs should be asked for explicitly, where they are needed. Same intent
#   as AWS Security Hub control EC2.15.
# related_resources:
#   - ref: https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-15
#   - ref: https://docs.aws.amazon.com/config/latest/developerguide/subnet-auto-assign-public-ip-disabled.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/modify-subnets.html
# custom:
#   id: NET-008
#   severity: medium
#   resource_kinds: [subnets]
#   remediation: >-
#     Set MapPublicIpOnLaunch to false on the subnet (or remove it: false is the default). Public
#     subnets that hold only NAT gateways and load balancers need no auto-assigned addresses; an
#     instance that really needs one can ask for it with AssociatePublicIpAddress.
package rampart.rules.net_008

import data.rampart.lib.gaps
import data.rampart.lib.index

deny contains finding if {
	some s in input.subnets
	s.map_public_ip_on_launch == true
	finding := {
		"resource": s.id,
		"message": sprintf("Subnet %s assigns a public IPv4 address to everything launched into it (MapPublicIpOnLaunch: true).", [index.name(s)]),
	}
}

unknown contains u if {
	some s in input.subnets
	s.map_public_ip_on_launch == null
	u := {
		"resource": s.id,
		"reason": sprintf("cannot tell whether subnet %s assigns public IPv4 addresses on launch: %s", [
			index.name(s), gaps.explain(s.id, "/map_public_ip_on_launch", "MapPublicIpOnLaunch could not be determined"),
		]),
	}
}
