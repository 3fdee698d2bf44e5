package rampart.rules.ept_001_test

import data.rampart.rules.ept_001
import data.rampart.test.snapshots as snap

endpoints_without(service) := [e | some e in snap.all_endpoints; e.service != service]

services(subnets) := [snap.service("s/Api", subnets, ["s/ApiSg"])]

test_missing_endpoint_with_nat_route_is_medium if {
	d := snap.doc({"ecs_services": services(["s/PrivateA", "s/PrivateB"]), "vpc_endpoints": endpoints_without("ecr.api")})
	findings := ept_001.deny with input as d with data.rampart.config as snap.config
	snap.ids(findings) == {"s/Vpc"}
	some f in findings
	f.severity == "medium"
	startswith(f.message, "VPC Vpc has no interface endpoint for com.amazonaws.eu-west-1.ecr.api, while workloads run in its private subnets PrivateA, PrivateB")
	contains(f.message, "NAT gateway")
}

test_missing_endpoint_without_nat_route_is_high if {
	d := snap.doc({"instances": [snap.instance("s/Batch", "s/IsolatedA", [])], "vpc_endpoints": endpoints_without("ecr.api")})
	findings := ept_001.deny with input as d with data.rampart.config as snap.config
	some f in findings
	f.resource == "s/Vpc"
	f.severity == "high"
	f.details.subnets_without_nat_route == ["s/IsolatedA"]
}

test_endpoint_present_passes if {
	d := snap.doc({"ecs_services": services(["s/PrivateA", "s/IsolatedA"]), "vpc_endpoints": snap.all_endpoints})
	count(ept_001.deny) == 0 with input as d with data.rampart.config as snap.config
	count(ept_001.unknown) == 0 with input as d with data.rampart.config as snap.config
}

test_vpc_without_private_workloads_passes if {
	d := snap.doc({"ecs_services": services(["s/PublicA"])})
	count(ept_001.deny) == 0 with input as d with data.rampart.config as snap.config
	count(ept_001.unknown) == 0 with input as d with data.rampart.config as snap.config
}

test_endpoint_for_another_region_does_not_count if {
	api := object.union(snap.endpoint("s/EcrApi", "ecr.api", "interface", ["s/PrivateA"], [], ["s/EndpointSg"]), {
		"service_name": "com.amazonaws.us-east-1.ecr.api", "service_region": "us-east-1",
	})
	d := snap.doc({"ecs_services": services(["s/PrivateA"]), "vpc_endpoints": array.concat(endpoints_without("ecr.api"), [api])})
	snap.ids(ept_001.deny) == {"s/Vpc"} with input as d with data.rampart.config as snap.config
}

test_workload_whose_vpc_cannot_be_told_is_unknown if {
	d := snap.doc({
		"ecs_services": services([null]),
		"gaps": [snap.gap("s/Api", "/subnet_ids/0", "Fn::ImportValue \"private-subnet\" is defined outside the templates read")],
	})
	count(ept_001.deny) == 0 with input as d with data.rampart.config as snap.config
	unknowns := ept_001.unknown with input as d with data.rampart.config as snap.config
	snap.ids(unknowns) == {"s/Api"}
	some u in unknowns
	contains(u.reason, "private-subnet")
}

test_workload_subnet_that_cannot_be_placed_is_unknown_for_its_vpc if {
	d := json.patch(snap.doc({"ecs_services": services(["s/IsolatedA"])}), [
		{"op": "add", "path": "/route_tables/2/routes/-", "value": snap.route("0.0.0.0/0", "unknown", null)},
	])
	count(ept_001.deny) == 0 with input as d with data.rampart.config as snap.config
	snap.ids(ept_001.unknown) == {"s/Vpc"} with input as d with data.rampart.config as snap.config
}

test_endpoint_whose_vpc_is_unresolved_makes_the_vpc_unknown if {
	api := object.union(snap.endpoint("s/EcrApi", "ecr.api", "interface", [], [], []), {"vpc_id": null})
	d := snap.doc({"ecs_services": services(["s/PrivateA"]), "vpc_endpoints": [api]})
	count(ept_001.deny) == 0 with input as d with data.rampart.config as snap.config
	snap.ids(ept_001.unknown) == {"s/Vpc"} with input as d with data.rampart.config as snap.config
}

test_missing_endpoint_whose_nat_route_may_not_exist_is_medium_and_says_so if {
	kept := "condition UseNat of PrivateNatRoute could not be evaluated (parameter UseNat has no value); the entry is kept"
	d := snap.doc({
		"ecs_services": services(["s/PrivateA"]), "vpc_endpoints": endpoints_without("ecr.api"),
		"gaps": [snap.gap("s/PrivateRt", "/routes/1", kept)],
	})
	findings := ept_001.deny with input as d with data.rampart.config as snap.config
	some f in findings
	f.severity == "medium"
	f.details.subnets_without_nat_route == []
	endswith(f.message, sprintf("but the NAT route of route table PrivateRt (of PrivateA) may not exist: %s, and without it its tasks cannot authenticate to ECR and their image pulls fail.", [kept]))
}
