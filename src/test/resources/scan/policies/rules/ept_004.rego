# METADATA
# title: VPCs with awslogs tasks have a CloudWatch Logs endpoint
# description: Tasks in private subnets send logs through NAT without a logs endpoint.
# custom:
#   id: EPT-004
#   severity: high
#   resource_kinds: [vpcs]
#   remediation: Add an interface endpoint for logs.
package rampart.rules.ept_004

deny contains {"resource": v.id, "message": "The VPC has no CloudWatch Logs interface endpoint while tasks use awslogs.", "severity": "medium"} if {
	some v in input.vpcs
	not has_logs_endpoint(v.id)
	some td in input.ecs_task_definitions
	some c in td.containers
	c.log_driver == "awslogs"
}

has_logs_endpoint(vpc_id) if {
	some e in input.vpc_endpoints
	e.vpc_id == vpc_id
	e.service == "logs"
}
