# METADATA
# title: Network ACLs of workload subnets do not allow all traffic in from the internet
# description: >-
#   A network ACL with an inbound rule that allows every protocol from 0.0.0.0/0 or ::/0 (however
#   written: any prefix length of 0), associated with a subnet that holds workloads, gives up the
#   subnet-level layer of defence: only security groups stand between the workloads and the internet. An allow rule that a lower-numbered deny-all
#   rule for the same range shadows is never reached and does not count. The VPC's default network
#   ACL is not judged: AWS creates it allowing all traffic in every VPC and it holds every subnet
#   without an explicit association, so reporting it would report nearly every VPC; create a custom
#   ACL for workload subnets when you want this layer.
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/infrastructure-security.html
# custom:
#   id: NET-007
#   severity: low
#   resource_kinds: [network_acls]
#   remediation: >-
#     Replace the allow-all inbound entry with entries for the ports the subnet's workloads serve
#     (from the load balancer subnets or the VPC CIDR) and for return traffic on the ephemeral ports
#     1024-65535, and keep the final deny. Remember that network ACLs are stateless.
package rampart.rules.net_007

import data.rampart.lib.index
import data.rampart.lib.network
import data.rampart.lib.workloads

_source(entry) := entry.cidr if entry.cidr != null else := entry.ipv6_cidr

# Inbound entries that allow every protocol from the whole internet and are not shadowed by a
# lower-numbered deny-all entry for the same range (network ACLs apply the first matching rule).
_open_entries(acl) := [e |
	some e in acl.entries
	e.egress == false
	e.rule_action == "allow"
	e.protocol == "all"
	network.whole_internet(_source(e))
	not _shadowed(acl, e)
]

_shadowed(acl, e) if {
	some d in acl.entries
	d.egress == false
	d.rule_action == "deny"
	d.protocol == "all"
	_same_range(_source(d), _source(e))
	is_number(d.rule_number)
	is_number(e.rule_number)
	d.rule_number < e.rule_number
}

# Two ways of writing the whole internet of one family ("::/0" and "::0/0") are the same range.
_same_range(a, b) if a == b

_same_range(a, b) if {
	network.whole_internet(a)
	network.whole_internet(b)
	contains(a, ":") == contains(b, ":")
}

# Inbound entries whose action, protocol or source is unknown: each may allow all traffic.
_undetermined_entries(acl) := [e |
	some e in acl.entries
	e.egress == false
	_maybe_open(e)
]

_maybe_open(e) if e.rule_action == null

_maybe_open(e) if e.protocol == null

_maybe_open(e) if {
	e.cidr == null
	e.ipv6_cidr == null
}

# Subnets of the ACL that hold workloads, with those workloads.
_workload_subnets(acl) := {sid: ids | some sid in acl.subnet_ids; ids := workloads.by_subnet[sid]}

_describe_subnets(subnets) := concat("; ", sort([sprintf("subnet %s holds %s", [index.ref_name(sid), workloads.labels(ids)]) | some sid, ids in subnets]))

_judged contains acl if {
	some acl in input.network_acls
	acl.default == false
}

deny contains finding if {
	some acl in _judged
	open := _open_entries(acl)
	count(open) > 0
	subnets := _workload_subnets(acl)
	count(subnets) > 0
	rules := sort([sprintf("rule %d allows all traffic from %s", [e.rule_number, _source(e)]) | some e in open])
	finding := {
		"resource": acl.id,
		"message": sprintf("Network ACL %s lets all traffic in from the internet (%s) into subnets with workloads: %s.", [
			index.name(acl), concat(", ", rules), _describe_subnets(subnets),
		]),
		"details": {"entries": rules, "subnets": sort([sid | some sid, _ in subnets])},
	}
}

# Undecided: an open entry and an association whose subnet could not be resolved (and no known
# workload subnet), or a workload subnet and an entry that may be open.
unknown contains u if {
	some acl in _judged
	count(_open_entries(acl)) > 0
	count(_workload_subnets(acl)) == 0
	null in acl.subnet_ids
	u := {
		"resource": acl.id,
		"reason": sprintf("network ACL %s lets all traffic in from the internet, and one of its subnets could not be resolved, so whether that subnet holds workloads is unknown", [index.name(acl)]),
	}
}

unknown contains u if {
	some acl in _judged
	count(_open_entries(acl)) == 0
	count(_undetermined_entries(acl)) > 0
	count(_workload_subnets(acl)) > 0
	u := {
		"resource": acl.id,
		"reason": sprintf("cannot tell whether network ACL %s lets all traffic in from the internet: an inbound entry's action, protocol or source could not be resolved", [index.name(acl)]),
	}
}
