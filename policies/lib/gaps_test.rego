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

entries_doc := snap.doc({"gaps": [
	snap.gap("s/Sg", "/ingress/1", "condition IsOpen of SshIn could not be evaluated (parameter Open has no value); the entry is kept"),
	snap.gap("s/Sg", "/ingress/2/cidrs/0", "parameter Cidr has no value"),
	object.union(snap.gap("s/Sg", "/ingress/3", "tags could not be collected"), {"kind": "collection"}),
]})

test_an_element_a_gap_points_at_exactly_may_not_exist if {
	gaps.element_doubt("s/Sg", "ingress", 1) == "condition IsOpen of SshIn could not be evaluated (parameter Open has no value); the entry is kept" with input as entries_doc
	not gaps.certain_element("s/Sg", "ingress", 1) with input as entries_doc
}

test_a_gap_inside_an_element_or_on_another_leaves_it_certain if {
	gaps.certain_element("s/Sg", "ingress", 0) with input as entries_doc
	gaps.certain_element("s/Sg", "ingress", 2) with input as entries_doc
	gaps.certain_element("s/Other", "ingress", 1) with input as entries_doc
}

test_only_unresolved_gaps_cast_doubt if {
	gaps.certain_element("s/Sg", "ingress", 3) with input as entries_doc
}
