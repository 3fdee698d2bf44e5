# METADATA
# title: EC2 instances and Auto Scaling groups are not in public subnets
# description: >-
#   An EC2 instance, or an Auto Scaling group, launched into a public subnet (one whose effective
#   route table sends 0.0.0.0/0 or ::/0 to an internet gateway) sits one security group or public
#   address away from the internet. Workloads belong in private subnets, reached through a load
#   balancer and reaching out through a NAT gateway or VPC endpoints. An instance or group whose
#   subnet the snapshot cannot place (a parameter without a value, an imported subnet, a subnet or
#   route table that is not in the snapshot) is reported as unknown, not as a violation.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
# custom:
#   id: NET-001
#   severity: high
#   resource_kinds: [instances, auto_scaling_groups]
#   remediation: >-
#     Launch the instance, or set the Auto Scaling group's VPCZoneIdentifier, in private subnets
#     (route tables without a default route to an internet gateway). Put an internet-facing load
#     balancer in the public subnets in front of it, and give it outbound access through a NAT
#     gateway or VPC endpoints. A bastion host that must stay public is an accepted exception:
#     suppress the finding for that resource instead of weakening the rule.
package rampart.rules.net_001

import data.rampart.lib.network
import data.rampart.lib.workloads

# Instances and Auto Scaling groups; ECS services are NET-002's.
_evaluated contains w if {
	some w in workloads.items
	w.kind in {"instance", "auto_scaling_group"}
}

deny contains finding if {
	some w in _evaluated
	p := workloads.placements[w.id]
	count(p.public) > 0
	finding := {
		"resource": w.id,
		"message": sprintf("%s is in a public subnet: %s.", [w.label, network.describe_all(p.public)]),
		"details": {"public_subnets": [e.subnet | some e in p.public]},
	}
}

# Undecided only when no subnet is known to be public: one public subnet is enough for a finding.
unknown contains u if {
	some w in _evaluated
	p := workloads.placements[w.id]
	count(p.public) == 0
	count(p.unknown) > 0
	u := {
		"resource": w.id,
		"reason": sprintf("cannot tell whether %s is in a public subnet: %s", [w.label, network.describe_all(p.unknown)]),
	}
}
