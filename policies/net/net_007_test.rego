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
