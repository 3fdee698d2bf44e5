package rampart.rules.net_009_test

import data.rampart.rules.net_009
import data.rampart.test.snapshots as snap

tagged(r, tags) := object.union(r, {"tags": tags})

test_two_environments_in_one_vpc_is_a_finding if {
	d := snap.doc({
		"instances": [
			tagged(snap.instance("s/Web", "s/PrivateA", []), {"environment": "prod"}),
			tagged(snap.instance("s/Test", "s/PrivateB", []), {"env": "dev"}),
		],
	})
	findings := net_009.deny with input as d with data.rampart.config as snap.config
	snap.ids(findings) == {"s/Vpc"}
	some f in findings
	f.message == "VPC Vpc mixes environments: its resources are tagged dev (Test); prod (Web)."
	f.details.environments == ["dev", "prod"]
}

test_one_environment_in_different_spellings_passes if {
	d := snap.doc({
		"instances": [
			tagged(snap.instance("s/Web", "s/PrivateA", []), {"environment": "prod"}),
			tagged(snap.instance("s/Api", "s/PrivateB", []), {"Environment": "Prod "}),
		],
		"load_balancers": [tagged(snap.load_balancer("s/Alb", "internet-facing", ["s/PublicA"], ["eu-west-1a"], []), {"env": "PROD"})],
	})
	count(net_009.deny) == 0 with input as d with data.rampart.config as snap.config
	count(net_009.unknown) == 0 with input as d with data.rampart.config as snap.config
}

test_tag_keys_come_from_configuration if {
	d := snap.doc({"instances": [
		tagged(snap.instance("s/Web", "s/PrivateA", []), {"stage": "prod"}),
		tagged(snap.instance("s/Test", "s/PrivateB", []), {"stage": "dev"}),
	]})
	count(net_009.deny) == 0 with input as d with data.rampart.config as snap.config
	cfg := json.patch(snap.config, [{"op": "replace", "path": "/environment_tag_keys", "value": ["stage"]}])
	snap.ids(net_009.deny) == {"s/Vpc"} with input as d with data.rampart.config as cfg
}

test_unresolved_tag_that_could_be_a_second_environment_is_unknown if {
	d := snap.doc({"instances": [
		tagged(snap.instance("s/Web", "s/PrivateA", []), {"environment": "prod"}),
		tagged(snap.instance("s/Test", "s/PrivateB", []), {"environment": null}),
	]})
	count(net_009.deny) == 0 with input as d with data.rampart.config as snap.config
	snap.ids(net_009.unknown) == {"s/Vpc"} with input as d with data.rampart.config as snap.config
}

test_gateway_whose_attachment_may_not_exist_makes_a_second_environment_unknown if {
	kept := "condition Shared of Attach could not be evaluated (parameter Shared has no value); the entry is kept"
	d := object.union(snap.doc({
		"instances": [tagged(snap.instance("s/Web", "s/PrivateA", []), {"environment": "prod"})],
		"gaps": [snap.gap("s/Igw", "/attachments/0", kept)],
	}), {"internet_gateways": [tagged(snap.network.internet_gateways[0], {"env": "dev"})]})
	count(net_009.deny) == 0 with input as d with data.rampart.config as snap.config
	unknowns := net_009.unknown with input as d with data.rampart.config as snap.config
	snap.ids(unknowns) == {"s/Vpc"}
	some u in unknowns
	u.reason == sprintf("cannot tell whether VPC Vpc mixes environments: Igw, tagged dev, is attached to it by an attachment that may not exist: %s", [kept])
}
