# METADATA
# title: Private workload subnets route to S3 through a gateway endpoint
# description: >-
#   ECR serves image layers from Amazon S3, so every image pull from a private subnet downloads its
#   layers from S3. Without an S3 gateway endpoint associated with the subnet's route table that
#   traffic (the bulk of every pull) leaves through a NAT gateway, or fails when the subnet has no NAT
#   route. The finding is high when a private subnet with workloads has no NAT route (pulls fail) and
#   medium when they all have one (layers pay NAT data processing). It is raised both when the VPC has
#   no S3 gateway endpoint and when the endpoint is not associated with the route tables of those
#   subnets. A VPC whose workload subnets or route tables cannot be placed, or a workload whose VPC
#   cannot be told, is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-s3.html
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html#ecr-setting-up-s3-gateway
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-connecting-vpc.html
#   - ref: https://aws.amazon.com/vpc/pricing/
# custom:
#   id: EPT-003
#   severity: high
#   resource_kinds: [vpcs]
#   remediation: >-
#     Add an AWS::EC2::VPCEndpoint for com.amazonaws.<region>.s3 of type Gateway, with RouteTableIds
#     listing the route tables of every private subnet that runs workloads. Cost: S3 gateway endpoints
#     are free, so every gigabyte of image layers that goes through a NAT gateway instead is money
#     spent for nothing (NAT data processing is charged per GB; see the VPC pricing page).
package rampart.rules.ept_003

import data.rampart.lib.endpoints

_service := "s3"

deny contains finding if {
	some finding in endpoints.findings(
		_service, endpoints.private_workload_subnets,
		"image layers, which ECR serves from S3, cannot be downloaded and pulls fail",
		"every image layer pays NAT data processing charges that a free gateway endpoint would avoid",
	)
}

unknown contains u if {
	some u in endpoints.unknowns(
		_service, endpoints.private_workload_subnets, endpoints.undecided_workload_subnets, endpoints.homeless,
		"routes its private workloads to S3 through a gateway endpoint",
	)
}
