# METADATA
# title: VPCs with private workloads have an ECR Docker interface endpoint
# description: >-
#   Image pulls from ECR go to the registry endpoint (com.amazonaws.<region>.ecr.dkr), which serves
#   the Docker Registry API and hands out the layer locations. Without an interface endpoint in the VPC
#   those requests leave through a NAT gateway, or fail when the private subnets have no NAT route. The
#   finding is high when a private subnet with workloads has no NAT route (pulls fail) and medium when
#   they all have one (pulls pay NAT data processing). A VPC whose workload subnets cannot be placed,
#   or a workload whose VPC cannot be told, is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-connecting-vpc.html
#   - ref: https://aws.amazon.com/privatelink/pricing/
#   - ref: https://aws.amazon.com/vpc/pricing/
# custom:
#   id: EPT-002
#   severity: high
#   resource_kinds: [vpcs]
#   remediation: >-
#     Add an AWS::EC2::VPCEndpoint of type Interface for com.amazonaws.<region>.ecr.dkr in the private
#     subnets (one per Availability Zone), with PrivateDnsEnabled true and a security group admitting
#     TCP 443 from the VPC; image pulls also need the ecr.api interface endpoint and the S3 gateway
#     endpoint. Cost: endpoints are cheaper than NAT for this traffic. One published comparison puts
#     1 TB a month at about 48 USD through an interface endpoint against about 103 USD through a NAT
#     gateway, and the S3 gateway endpoint that carries the image layers costs nothing (see the
#     PrivateLink and VPC pricing pages for your region).
package rampart.rules.ept_002

import data.rampart.lib.endpoints

_service := "ecr.dkr"

deny contains finding if {
	some finding in endpoints.findings(
		_service, endpoints.private_workload_subnets,
		"image pulls from ECR fail",
		"every image pull pays NAT data processing charges",
	)
}

unknown contains u if {
	some u in endpoints.unknowns(
		_service, endpoints.private_workload_subnets, endpoints.undecided_workload_subnets, endpoints.homeless,
		"lets its private workloads pull images from ECR without leaving the VPC",
	)
}
