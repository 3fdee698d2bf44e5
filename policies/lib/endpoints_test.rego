package rampart.lib.endpoints_test

import data.rampart.lib.endpoints
import data.rampart.test.snapshots as snap

workloads_in(subnets) := {
	"ecs_services": [snap.service("s/Api", subnets, ["s/ApiSg"])],
	"ecs_task_definitions": [snap.task_definition("s/Task", "awslogs")],
}

test_private_workload_subnets_by_vpc if {
	doc := snap.doc(workloads_in(["s/PrivateA", "s/PublicB"]))
	endpoints.private_workload_subnets == {"s/Vpc": {"s/PrivateA"}} with input as doc
}

test_interface_endpoint_serves_every_subnet_of_its_vpc if {
	doc := snap.doc(object.union(workloads_in(["s/IsolatedA"]), {"vpc_endpoints": snap.all_endpoints}))
	endpoints.served(snap.vpc, "ecr.api", "s/IsolatedA") with input as doc with data.rampart.config as snap.config
}

test_gateway_endpoint_serves_only_associated_route_tables if {
	s3 := snap.endpoint("s/S3", "s3", "gateway", [], ["s/PrivateRt"], [])
	doc := snap.doc(object.union(workloads_in(["s/PrivateA", "s/IsolatedA"]), {"vpc_endpoints": [s3]}))
	endpoints.unserved(snap.vpc, "s3", {"s/PrivateA", "s/IsolatedA"}) == ["s/IsolatedA"] with input as doc with data.rampart.config as snap.config
}

test_endpoint_for_another_region_serves_nothing if {
	api := object.union(snap.endpoint("s/EcrApi", "ecr.api", "interface", [], [], []), {"service_region": "us-east-1"})
	doc := snap.doc(object.union(workloads_in(["s/PrivateA"]), {"vpc_endpoints": [api]}))
	count(endpoints.serving(snap.vpc, "ecr.api")) == 0 with input as doc with data.rampart.config as snap.config
}

test_severity_is_high_without_nat_route_and_medium_with_one if {
	endpoints.severity({"s/PrivateA", "s/IsolatedA"}) == "high" with input as snap.network
	endpoints.severity({"s/PrivateA", "s/PrivateB"}) == "medium" with input as snap.network
}

test_service_not_in_the_configuration_is_not_required if {
	cfg := json.patch(snap.config, [{"op": "remove", "path": "/required_endpoint_services/logs"}])
	doc := snap.doc(workloads_in(["s/PrivateA"]))
	count(endpoints.findings("logs", endpoints.private_workload_subnets, "h", "m")) == 0 with input as doc with data.rampart.config as cfg
}
