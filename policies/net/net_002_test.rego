package rampart.rules.net_002_test

import data.rampart.rules.net_002
import data.rampart.test.snapshots as snap

test_service_in_public_subnet_is_a_finding if {
	doc := snap.doc({"ecs_services": [snap.service("s/Api", ["s/PublicA", "s/PublicB"], [])]})
	findings := net_002.deny with input as doc
	snap.ids(findings) == {"s/Api"}
	some f in findings
	startswith(f.message, "ECS service api is exposed to the internet")
	f.details.public_subnets == ["s/PublicA", "s/PublicB"]
}

test_public_ip_is_a_finding_even_in_private_subnets if {
	svc := object.union(snap.service("s/Api", ["s/PrivateA"], []), {"assign_public_ip": true})
	findings := net_002.deny with input as snap.doc({"ecs_services": [svc]})
	some f in findings
	f.resource == "s/Api"
	contains(f.message, "AssignPublicIp: ENABLED")
}

test_public_ip_is_a_finding_when_subnets_are_unknown if {
	svc := object.union(snap.service("s/Api", [null, null], []), {"assign_public_ip": true})
	doc := snap.doc({"ecs_services": [svc]})
	snap.ids(net_002.deny) == {"s/Api"} with input as doc
	count(net_002.unknown) == 0 with input as doc
}

test_private_service_without_public_ip_passes if {
	doc := snap.doc({"ecs_services": [snap.service("s/Api", ["s/PrivateA", "s/PrivateB"], [])]})
	count(net_002.deny) == 0 with input as doc
	count(net_002.unknown) == 0 with input as doc
}

test_subnets_from_a_parameter_are_unknown if {
	doc := snap.doc({
		"ecs_services": [snap.service("s/Api", null, [])],
		"gaps": [snap.gap("s/Api", "/subnet_ids", "parameter ApiSubnets has no value and no default")],
	})
	count(net_002.deny) == 0 with input as doc
	unknowns := net_002.unknown with input as doc
	snap.ids(unknowns) == {"s/Api"}
	some u in unknowns
	contains(u.reason, "parameter ApiSubnets has no value")
}

test_bridge_mode_services_are_not_judged if {
	svc := object.union(snap.service("s/Worker", null, null), {"network_mode": "bridge", "launch_type": "EC2"})
	doc := snap.doc({"ecs_services": [svc]})
	count(net_002.deny) == 0 with input as doc
	count(net_002.unknown) == 0 with input as doc
}

test_service_with_unknown_network_mode_is_unknown if {
	svc := object.union(snap.service("s/Worker", null, null), {"network_mode": null, "launch_type": "EC2", "task_definition_id": "s/Missing"})
	doc := snap.doc({"ecs_services": [svc]})
	count(net_002.deny) == 0 with input as doc
	snap.ids(net_002.unknown) == {"s/Worker"} with input as doc
}
