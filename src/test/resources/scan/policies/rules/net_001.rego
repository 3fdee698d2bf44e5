# METADATA
# title: EC2 instances are not in public subnets
# description: An instance in a public subnet can be reached from the internet.
# custom:
#   id: NET-001
#   severity: high
#   resource_kinds: [instances]
#   remediation: Move the instance to a private subnet.
package rampart.rules.net_001

import data.rampart.lib.test

deny contains {"resource": i.id, "message": "The instance is in a public subnet."} if {
	some i in input.instances
	test.public(i.subnet_id)
}

unknown contains {"resource": i.id, "reason": "its subnet is not known"} if {
	some i in input.instances
	i.subnet_id == null
}
