package rampart.rules.ept_002_test

import data.rampart.rules.ept_002
import data.rampart.test.snapshots as snap

endpoints_without(service) := [e | some e in snap.all_endpoints; e.service != service]

test_missing_ecr_dkr_endpoint_is_a_finding if {
	d := snap.doc({
		"auto_scaling_groups": [snap.asg("s/Workers", ["s/PrivateA", "s/IsolatedA"], [])],
		"vpc_endpoints": endpoints_without("ecr.dkr"),
	})
	findings := ept_002.deny with input as d with data.rampart.config as snap.config
	snap.ids(findings) == {"s/Vpc"}
	some f in findings
	f.severity == "high"
	contains(f.message, "com.amazonaws.eu-west-1.ecr.dkr")
}

test_endpoint_present_passes if {
	d := snap.doc({"auto_scaling_groups": [snap.asg("s/Workers", ["s/PrivateA"], [])], "vpc_endpoints": snap.all_endpoints})
	count(ept_002.deny) == 0 with input as d with data.rampart.config as snap.config
}

test_gateway_endpoint_does_not_replace_an_interface_endpoint if {
	dkr := snap.endpoint("s/EcrDkr", "ecr.dkr", "gateway", [], ["s/PrivateRt"], [])
	d := snap.doc({"auto_scaling_groups": [snap.asg("s/Workers", ["s/PrivateA"], [])], "vpc_endpoints": array.concat(endpoints_without("ecr.dkr"), [dkr])})
	snap.ids(ept_002.deny) == {"s/Vpc"} with input as d with data.rampart.config as snap.config
}
