package rampart.lib.gaps_test

import data.rampart.lib.gaps
import data.rampart.test.snapshots as snap

doc := snap.doc({"gaps": [
	snap.gap("s/Svc", "/subnet_ids/1", "Fn::ImportValue \"b\" is defined outside the templates read"),
	snap.gap("s/Svc", "/subnet_ids/0", "Fn::ImportValue \"a\" is defined outside the templates read"),
	snap.gap("s/Svc", "/subnet_ids_extra", "unrelated"),
]})

test_reason_joins_the_gaps_inside_a_field_in_order if {
	gaps.reason("s/Svc", "/subnet_ids") == "Fn::ImportValue \"a\" is defined outside the templates read; Fn::ImportValue \"b\" is defined outside the templates read" with input as doc
}

test_a_field_with_a_similar_name_is_not_inside if {
	gaps.reason("s/Svc", "/subnet_ids/0") == "Fn::ImportValue \"a\" is defined outside the templates read" with input as doc
	not gaps.has("s/Svc", "/subnet") with input as doc
}

test_explain_falls_back_when_no_gap_names_the_field if {
	gaps.explain("s/Other", "/subnet_ids", "its subnets are unknown") == "its subnets are unknown" with input as doc
}
