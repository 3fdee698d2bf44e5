package rampart.rules.net_007_test

import data.rampart.rules.net_007
import data.rampart.test.snapshots as snap

allow_all := snap.acl_entry(100, false, "allow", "all", "0.0.0.0/0")

workload := {"instances": [snap.instance("s/Web", "s/PrivateA", [])]}

test_custom_acl_allowing_everything_on_a_workload_subnet_is_a_finding if {
	acl := snap.network_acl("s/AppAcl", false, ["s/PrivateA"], [allow_all])
	findings := net_007.deny with input as snap.doc(object.union(workload, {"network_acls": [acl]}))
	snap.ids(findings) == {"s/AppAcl"}
	some f in findings
	startswith(f.message, "Network ACL AppAcl lets all traffic in from the internet (rule 100 allows all traffic from 0.0.0.0/0)")
	contains(f.message, "subnet PrivateA holds EC2 instance Web")
}

test_acl_without_workloads_passes if {
	acl := snap.network_acl("s/PublicAcl", false, ["s/PublicA"], [allow_all])
	count(net_007.deny) == 0 with input as snap.doc(object.union(workload, {"network_acls": [acl]}))
}

test_default_acl_is_not_judged if {
	acl := snap.network_acl("s/Vpc#default-network-acl", true, ["s/PrivateA"], [allow_all])
	d := snap.doc(object.union(workload, {"network_acls": [acl]}))
	count(net_007.deny) == 0 with input as d
	count(net_007.unknown) == 0 with input as d
}

test_allow_rule_shadowed_by_an_earlier_deny_passes if {
	acl := snap.network_acl("s/AppAcl", false, ["s/PrivateA"], [snap.acl_entry(50, false, "deny", "all", "0.0.0.0/0"), allow_all])
	count(net_007.deny) == 0 with input as snap.doc(object.union(workload, {"network_acls": [acl]}))
}

test_allow_all_from_the_internet_written_non_canonically_is_a_finding if {
	v6 := object.union(snap.acl_entry(100, false, "allow", "all", null), {"ipv6_cidr": "::0/0"})
	every entry in [snap.acl_entry(100, false, "allow", "all", "1.2.3.4/0"), v6] {
		acl := snap.network_acl("s/AppAcl", false, ["s/PrivateA"], [entry])
		snap.ids(net_007.deny) == {"s/AppAcl"} with input as snap.doc(object.union(workload, {"network_acls": [acl]}))
	}
}

test_deny_written_differently_still_shadows_the_allow if {
	acl := snap.network_acl("s/AppAcl", false, ["s/PrivateA"], [snap.acl_entry(50, false, "deny", "all", "0.0.0.0/00"), allow_all])
	count(net_007.deny) == 0 with input as snap.doc(object.union(workload, {"network_acls": [acl]}))
}

test_restricted_acl_passes if {
	acl := snap.network_acl("s/AppAcl", false, ["s/PrivateA"], [
		object.union(snap.acl_entry(100, false, "allow", "tcp", "10.0.0.0/16"), {"from_port": 443, "to_port": 443}),
		snap.acl_entry(100, true, "allow", "all", "0.0.0.0/0"),
	])
	count(net_007.deny) == 0 with input as snap.doc(object.union(workload, {"network_acls": [acl]}))
}

test_unresolved_entry_on_a_workload_subnet_is_unknown if {
	acl := snap.network_acl("s/AppAcl", false, ["s/PrivateA"], [snap.acl_entry(100, false, "allow", "all", null)])
	d := snap.doc(object.union(workload, {"network_acls": [acl]}))
	count(net_007.deny) == 0 with input as d
	snap.ids(net_007.unknown) == {"s/AppAcl"} with input as d
}

# Entries and associations from standalone resources whose Condition could not be evaluated are in the
# snapshot with a gap pointing at them (docs/snapshot.md, gaps).
kept(logical_id) := sprintf("condition Open of %s could not be evaluated (parameter Open has no value); the entry is kept", [logical_id])

test_allow_all_entry_that_may_not_exist_is_unknown_quoting_its_gap if {
	acl := snap.network_acl("s/AppAcl", false, ["s/PrivateA"], [allow_all])
	d := snap.doc(object.union(workload, {"network_acls": [acl], "gaps": [snap.gap("s/AppAcl", "/entries/0", kept("AllowAll"))]}))
	count(net_007.deny) == 0 with input as d
	unknowns := net_007.unknown with input as d
	snap.ids(unknowns) == {"s/AppAcl"}
	some u in unknowns
	u.reason == sprintf("cannot tell whether network ACL AppAcl lets all traffic in from the internet into subnets with workloads: rule 100 allows all traffic from 0.0.0.0/0, but it may not exist: %s; subnet PrivateA holds EC2 instance Web", [kept("AllowAll")])
}

test_deny_entry_that_may_not_exist_shadows_nothing_for_certain if {
	acl := snap.network_acl("s/AppAcl", false, ["s/PrivateA"], [snap.acl_entry(50, false, "deny", "all", "0.0.0.0/0"), allow_all])
	d := snap.doc(object.union(workload, {"network_acls": [acl], "gaps": [snap.gap("s/AppAcl", "/entries/0", kept("DenyAll"))]}))
	count(net_007.deny) == 0 with input as d
	unknowns := net_007.unknown with input as d
	some u in unknowns
	contains(u.reason, sprintf("rule 100 allows all traffic from 0.0.0.0/0, but rule 50, which denies it first, may not exist: %s", [kept("DenyAll")]))
}

test_workload_subnet_whose_association_may_not_exist_is_unknown if {
	acl := snap.network_acl("s/AppAcl", false, ["s/PrivateA"], [allow_all])
	d := snap.doc(object.union(workload, {"network_acls": [acl], "gaps": [snap.gap("s/AppAcl", "/subnet_ids/0", kept("Assoc"))]}))
	count(net_007.deny) == 0 with input as d
	unknowns := net_007.unknown with input as d
	some u in unknowns
	endswith(u.reason, sprintf("subnet PrivateA holds EC2 instance Web, but its association may not exist: %s", [kept("Assoc")]))
}

test_certain_entry_and_subnet_stay_a_finding_beside_doubtful_ones if {
	acl := snap.network_acl("s/AppAcl", false, ["s/PrivateA"], [allow_all, snap.acl_entry(110, false, "allow", "all", "::/0")])
	d := snap.doc(object.union(workload, {"network_acls": [acl], "gaps": [snap.gap("s/AppAcl", "/entries/1", kept("AllowV6"))]}))
	snap.ids(net_007.deny) == {"s/AppAcl"} with input as d
	count(net_007.unknown) == 0 with input as d
}
