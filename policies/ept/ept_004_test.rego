package rampart.rules.ept_004_test

import data.rampart.rules.ept_004
import data.rampart.test.snapshots as snap

endpoints_without(service) := [e | some e in snap.all_endpoints; e.service != service]

doc(log_driver, endpoints) := snap.doc({
	"ecs_services": [snap.service("s/Api", ["s/PrivateA", "s/PrivateB"], [])],
	"ecs_task_definitions": [snap.task_definition("s/Task", log_driver)],
	"vpc_endpoints": endpoints,
})

test_awslogs_without_logs_endpoint_is_a_finding if {
	findings := ept_004.deny with input as doc("awslogs", endpoints_without("logs")) with data.rampart.config as snap.config
	snap.ids(findings) == {"s/Vpc"}
	some f in findings
	f.severity == "medium"
	contains(f.message, "com.amazonaws.eu-west-1.logs")
}

test_other_log_drivers_need_no_logs_endpoint if {
	d := doc(null, endpoints_without("logs"))
	count(ept_004.deny) == 0 with input as d with data.rampart.config as snap.config
	count(ept_004.unknown) == 0 with input as d with data.rampart.config as snap.config
}

test_logs_endpoint_present_passes if {
	count(ept_004.deny) == 0 with input as doc("awslogs", snap.all_endpoints) with data.rampart.config as snap.config
}

test_task_definition_outside_the_snapshot_is_unknown if {
	d := json.patch(doc("awslogs", endpoints_without("logs")), [{"op": "replace", "path": "/ecs_services/0/task_definition_id", "value": "arn:aws:ecs:eu-west-1:111111111111:task-definition/api:3"}])
	count(ept_004.deny) == 0 with input as d with data.rampart.config as snap.config
	snap.ids(ept_004.unknown) == {"s/Vpc"} with input as d with data.rampart.config as snap.config
}

test_rule_is_off_when_logs_is_not_required if {
	cfg := json.patch(snap.config, [{"op": "remove", "path": "/required_endpoint_services/logs"}])
	count(ept_004.deny) == 0 with input as doc("awslogs", endpoints_without("logs")) with data.rampart.config as cfg
}
