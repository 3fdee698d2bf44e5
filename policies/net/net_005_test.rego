package rampart.rules.net_005_test

import data.rampart.rules.net_005
import data.rampart.test.snapshots as snap

open_group := snap.security_group("s/OpenSg", [snap.sg_rule("tcp", 22, 22, ["0.0.0.0/0"], [])])

alb_group := snap.security_group("s/AlbSg", [snap.sg_rule("tcp", 443, 443, ["0.0.0.0/0"], [])])

web_group := snap.security_group("s/WebSg", [snap.sg_rule("tcp", 80, 80, [], ["s/AlbSg"])])

test_workload_group_open_to_the_internet_is_a_finding if {
	doc := snap.doc({
		"security_groups": [open_group],
		"instances": [snap.instance("s/Bastion", "s/PrivateA", ["s/OpenSg"])],
	})
	findings := net_005.deny with input as doc
	snap.ids(findings) == {"s/OpenSg"}
	some f in findings
	f.message == "Security group OpenSg admits the whole internet (tcp 22 from 0.0.0.0/0) and is attached to EC2 instance Bastion."
}

test_ipv6_world_source_counts if {
	group := snap.security_group("s/OpenSg", [object.union(snap.sg_rule("tcp", 80, 80, [], []), {"ipv6_cidrs": ["::/0"]})])
	doc := snap.doc({"security_groups": [group], "ecs_services": [snap.service("s/Api", ["s/PrivateA"], ["s/OpenSg"])]})
	snap.ids(net_005.deny) == {"s/OpenSg"} with input as doc
}

test_world_source_written_non_canonically_counts if {
	every cidrs in [{"ipv6_cidrs": ["::0/0"]}, {"ipv6_cidrs": ["0:0:0:0:0:0:0:0/0"]}, {"cidrs": ["1.2.3.4/0"]}] {
		group := snap.security_group("s/OpenSg", [object.union(snap.sg_rule("tcp", 22, 22, [], []), cidrs)])
		doc := snap.doc({"security_groups": [group], "instances": [snap.instance("s/Host", "s/PrivateA", ["s/OpenSg"])]})
		snap.ids(net_005.deny) == {"s/OpenSg"} with input as doc
	}
}

test_load_balancer_group_open_on_443_is_fine if {
	lb := snap.load_balancer("s/Alb", "internet-facing", ["s/PublicA", "s/PublicB"], ["eu-west-1a", "eu-west-1b"], ["s/AlbSg"])
	doc := snap.doc({
		"security_groups": [alb_group, web_group],
		"load_balancers": [lb],
		"ecs_services": [snap.service("s/Web", ["s/PrivateA"], ["s/WebSg"])],
	})
	count(net_005.deny) == 0 with input as doc
	count(net_005.unknown) == 0 with input as doc
}

test_open_group_attached_to_nothing_is_not_judged if {
	count(net_005.deny) == 0 with input as snap.doc({"security_groups": [open_group]})
}

test_workload_with_unknown_groups_is_unknown if {
	doc := snap.doc({
		"ecs_services": [snap.service("s/Api", ["s/PrivateA"], [null])],
		"gaps": [snap.gap("s/Api", "/security_group_ids/0", "Fn::ImportValue \"app-sg\" is defined outside the templates read")],
	})
	count(net_005.deny) == 0 with input as doc
	unknowns := net_005.unknown with input as doc
	snap.ids(unknowns) == {"s/Api"}
	some u in unknowns
	contains(u.reason, "app-sg")
}

test_unresolved_source_on_a_workload_group_is_unknown if {
	group := snap.security_group("s/WebSg", [snap.sg_rule("tcp", 22, 22, [null], [])])
	doc := snap.doc({"security_groups": [group], "instances": [snap.instance("s/Web", "s/PrivateA", ["s/WebSg"])]})
	count(net_005.deny) == 0 with input as doc
	snap.ids(net_005.unknown) == {"s/WebSg"} with input as doc
}

test_prefix_list_source_on_a_workload_group_is_unknown_naming_the_list if {
	rule := object.union(snap.sg_rule("tcp", 22, 22, [], []), {"prefix_list_ids": ["pl-12345"]})
	group := snap.security_group("s/WebSg", [rule])
	doc := snap.doc({"security_groups": [group], "instances": [snap.instance("s/Web", "s/PrivateA", ["s/WebSg"])]})
	count(net_005.deny) == 0 with input as doc
	unknowns := net_005.unknown with input as doc
	snap.ids(unknowns) == {"s/WebSg"}
	some u in unknowns
	u.reason == "cannot tell whether security group WebSg, attached to EC2 instance Web, admits the whole internet: it admits tcp 22 from prefix list pl-12345, whose entries the snapshot does not hold"
}

test_unresolved_prefix_list_source_is_unknown if {
	rule := object.union(snap.sg_rule("tcp", 22, 22, [], []), {"prefix_list_ids": [null]})
	group := snap.security_group("s/WebSg", [rule])
	doc := snap.doc({"security_groups": [group], "instances": [snap.instance("s/Web", "s/PrivateA", ["s/WebSg"])]})
	count(net_005.deny) == 0 with input as doc
	snap.ids(net_005.unknown) == {"s/WebSg"} with input as doc
}

test_prefix_list_beside_an_open_rule_leaves_only_the_finding if {
	group := snap.security_group("s/OpenSg", [
		snap.sg_rule("tcp", 22, 22, ["0.0.0.0/0"], []),
		object.union(snap.sg_rule("tcp", 443, 443, [], []), {"prefix_list_ids": ["pl-12345"]}),
	])
	doc := snap.doc({"security_groups": [group], "instances": [snap.instance("s/Web", "s/PrivateA", ["s/OpenSg"])]})
	snap.ids(net_005.deny) == {"s/OpenSg"} with input as doc
	count(net_005.unknown) == 0 with input as doc
}

# A standalone SecurityGroupIngress whose Condition could not be evaluated: its rule is in the group,
# with a gap pointing at it (docs/snapshot.md, gaps).
maybe_kept := "condition IsOpen of SshIn could not be evaluated (parameter Open has no value and no default); the entry is kept"

maybe_open_doc(rules) := snap.doc({
	"security_groups": [snap.security_group("s/WebSg", rules)],
	"instances": [snap.instance("s/Web", "s/PrivateA", ["s/WebSg"])],
	"gaps": [snap.gap("s/WebSg", "/ingress/1", maybe_kept)],
})

test_an_open_rule_that_may_not_exist_is_unknown_quoting_its_gap if {
	doc := maybe_open_doc([snap.sg_rule("tcp", 22, 22, ["10.0.0.0/8"], []), snap.sg_rule("tcp", 22, 22, ["0.0.0.0/0"], [])])
	count(net_005.deny) == 0 with input as doc
	unknowns := net_005.unknown with input as doc
	snap.ids(unknowns) == {"s/WebSg"}
	some u in unknowns
	u.reason == sprintf("cannot tell whether security group WebSg, attached to EC2 instance Web, admits the whole internet: its rule tcp 22 from 0.0.0.0/0 may not exist: %s", [maybe_kept])
}

test_an_open_rule_that_certainly_exists_stays_a_finding_beside_one_that_may_not if {
	doc := maybe_open_doc([snap.sg_rule("tcp", 443, 443, ["0.0.0.0/0"], []), snap.sg_rule("tcp", 22, 22, ["0.0.0.0/0"], [])])
	findings := net_005.deny with input as doc
	snap.ids(findings) == {"s/WebSg"}
	some f in findings
	f.details.rules == ["tcp 443 from 0.0.0.0/0"]
	count(net_005.unknown) == 0 with input as doc
}

test_a_closed_rule_that_may_not_exist_changes_nothing if {
	doc := maybe_open_doc([snap.sg_rule("tcp", 22, 22, ["10.0.0.0/8"], []), snap.sg_rule("tcp", 443, 443, ["10.0.0.0/16"], [])])
	count(net_005.deny) == 0 with input as doc
	count(net_005.unknown) == 0 with input as doc
}

conditional_host := "condition IsOpen could not be evaluated (parameter Open has no value); the resource is kept"

test_an_open_group_used_only_by_a_workload_that_may_not_exist_is_unknown if {
	doc := snap.doc({
		"security_groups": [open_group],
		"instances": [snap.instance("s/Host", "s/PrivateA", ["s/OpenSg"])],
		"gaps": [snap.gap("s/Host", null, conditional_host)],
	})
	count(net_005.deny) == 0 with input as doc
	unknowns := net_005.unknown with input as doc
	snap.ids(unknowns) == {"s/OpenSg"}
	some u in unknowns
	u.reason == sprintf("security group OpenSg admits the whole internet (tcp 22 from 0.0.0.0/0), but what it is attached to may not exist: EC2 instance Host may not exist (%s)", [conditional_host])
}

test_an_open_group_with_one_certain_workload_stays_a_finding_naming_it if {
	doc := snap.doc({
		"security_groups": [open_group],
		"instances": [
			snap.instance("s/Host", "s/PrivateA", ["s/OpenSg"]),
			snap.instance("s/Bastion", "s/PrivateA", ["s/OpenSg"]),
		],
		"gaps": [snap.gap("s/Host", null, conditional_host)],
	})
	findings := net_005.deny with input as doc
	snap.ids(findings) == {"s/OpenSg"}
	some f in findings
	f.details.workloads == ["s/Bastion"]
	count(net_005.unknown) == 0 with input as doc
}
