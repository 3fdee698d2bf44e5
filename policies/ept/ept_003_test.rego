package rampart.rules.ept_003_test

import data.rampart.rules.ept_003
import data.rampart.test.snapshots as snap

endpoints_without(service) := [e | some e in snap.all_endpoints; e.service != service]

services := [snap.service("s/Api", ["s/PrivateA", "s/IsolatedA"], [])]

test_missing_s3_gateway_endpoint_is_a_finding if {
	d := snap.doc({"ecs_services": services, "vpc_endpoints": endpoints_without("s3")})
	findings := ept_003.deny with input as d with data.rampart.config as snap.config
	some f in findings
	f.resource == "s/Vpc"
	f.severity == "high"
	contains(f.message, "has no gateway endpoint for com.amazonaws.eu-west-1.s3")
}

test_gateway_endpoint_missing_a_route_table_is_a_finding if {
	s3 := snap.endpoint("s/S3", "s3", "gateway", [], ["s/PrivateRt"], [])
	d := snap.doc({"ecs_services": services, "vpc_endpoints": array.concat(endpoints_without("s3"), [s3])})
	findings := ept_003.deny with input as d with data.rampart.config as snap.config
	some f in findings
	f.resource == "s/Vpc"
	f.details.subnets == ["s/IsolatedA"]
	contains(f.message, "has gateway endpoint S3 for com.amazonaws.eu-west-1.s3, but the route tables of its private subnets with workloads do not use it: IsolatedA (IsolatedRt)")
}

test_gateway_endpoint_on_every_private_route_table_passes if {
	d := snap.doc({"ecs_services": services, "vpc_endpoints": snap.all_endpoints})
	count(ept_003.deny) == 0 with input as d with data.rampart.config as snap.config
	count(ept_003.unknown) == 0 with input as d with data.rampart.config as snap.config
}

test_unresolved_route_table_of_the_endpoint_is_unknown if {
	s3 := snap.endpoint("s/S3", "s3", "gateway", [], ["s/PrivateRt", null], [])
	d := snap.doc({"ecs_services": services, "vpc_endpoints": array.concat(endpoints_without("s3"), [s3])})
	count(ept_003.deny) == 0 with input as d with data.rampart.config as snap.config
	snap.ids(ept_003.unknown) == {"s/Vpc"} with input as d with data.rampart.config as snap.config
}
