# METADATA
# title: Network ACLs of workload subnets do not allow all traffic in from the internet
# description: >-
#   A network ACL with an inbound rule that allows every protocol from 0.0.0.0/0 or ::/0 (however
#   written: any prefix length of 0), associated with a subnet that holds workloads, gives up the
#   subnet-level layer of defence: only security groups stand between the workloads and the internet. An allow rule that a lower-numbered deny-all
#   rule for the same range shadows is never reached and does not count. The VPC's default network
#   ACL is not judged: AWS creates it allowing all traffic in every VPC and it holds every subnet
#   without an explicit association, so reporting it would report nearly every VPC; create a custom
#   ACL for workload subnets when you want this layer. An allow entry, a shadowing deny entry or a
#   subnet association that may not exist (its CloudFormation Condition could not be evaluated) makes
#   the ACL unknown rather than a finding.
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

import data.rampart.lib.gaps
import data.rampart.lib.index
import data.rampart.lib.network
import data.rampart.lib.workloads

_source(entry) := entry.cidr if entry.cidr != null else := entry.ipv6_cidr

# Inbound entries that allow every protocol from the whole internet and are not shadowed by a
# lower-numbered deny-all entry for the same range (network ACLs apply the first matching rule).
# An entry that may not exist (a standalone NetworkAclEntry whose Condition could not be evaluated,
# gaps.element_doubt) neither opens the ACL nor shadows an entry for certain: see _doubtful_open_entries.
_open_entries(acl) := [e |
	some i, e in acl.entries
	_allows_all(e)
	gaps.certain_element(acl.id, "entries", i)
	not _shadowed(acl, e)
	count(_maybe_shadowed_by(acl, e)) == 0
]

_allows_all(e) if {
	e.egress == false
	e.rule_action == "allow"
	e.protocol == "all"
	network.whole_internet(_source(e))
}

_shadows(d, e) if {
	d.egress == false
	d.rule_action == "deny"
	d.protocol == "all"
	_same_range(_source(d), _source(e))
	is_number(d.rule_number)
	is_number(e.rule_number)
	d.rule_number < e.rule_number
}

_shadowed(acl, e) if {
	some i, d in acl.entries
	_shadows(d, e)
	gaps.certain_element(acl.id, "entries", i)
}

_maybe_shadowed_by(acl, e) := [sprintf("rule %d, which denies it first, may not exist: %s", [d.rule_number, why]) |
	some i, d in acl.entries
	_shadows(d, e)
	why := gaps.element_doubt(acl.id, "entries", i)
]

# Entries that would let all traffic in but may not: they may not exist, or neither may the deny
# entries that shadow them. As "rule 100 allows all traffic from 0.0.0.0/0, but it may not exist: …".
_doubtful_open_entries(acl) := [text |
	some i, e in acl.entries
	_allows_all(e)
	not _shadowed(acl, e)
	doubts := array.concat(
		[sprintf("it may not exist: %s", [why]) | why := gaps.element_doubt(acl.id, "entries", i)],
		_maybe_shadowed_by(acl, e),
	)
	count(doubts) > 0
	text := sprintf("rule %d allows all traffic from %s, but %s", [e.rule_number, _source(e), concat("; ", doubts)])
]

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

# Subnets of the ACL that hold workloads, with those workloads. A subnet whose association may not
# exist (gaps.element_doubt) is not among them: see _doubtful_workload_subnets.
_workload_subnets(acl) := {sid: ids |
	some i, sid in acl.subnet_ids
	ids := workloads.by_subnet[sid]
	gaps.certain_element(acl.id, "subnet_ids", i)
}

_doubtful_workload_subnets(acl) := {sprintf("subnet %s holds %s, but its association may not exist: %s", [index.ref_name(sid), workloads.labels(ids), why]) |
	some i, sid in acl.subnet_ids
	ids := workloads.by_subnet[sid]
	why := gaps.element_doubt(acl.id, "subnet_ids", i)
	not _workload_subnets(acl)[sid]
}

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

# Undecided because an entry or an association it would rest on may not exist (and neither of the
# cases above applies).
unknown contains u if {
	some acl in _judged
	open := _open_entries(acl)
	maybe_open := _doubtful_open_entries(acl)
	subnets := _workload_subnets(acl)
	maybe_subnets := _doubtful_workload_subnets(acl)
	not _violates(acl)
	not _undecided_otherwise(acl)
	count(open) + count(maybe_open) > 0
	count(subnets) + count(maybe_subnets) > 0
	count(maybe_open) + count(maybe_subnets) > 0
	entries := array.concat(sort([sprintf("rule %d allows all traffic from %s", [e.rule_number, _source(e)]) | some e in open]), maybe_open)
	held := array.concat([_describe_subnets(subnets) | count(subnets) > 0], sort(maybe_subnets))
	u := {
		"resource": acl.id,
		"reason": sprintf("cannot tell whether network ACL %s lets all traffic in from the internet into subnets with workloads: %s; %s", [
			index.name(acl), concat("; ", entries), concat("; ", held),
		]),
	}
}

_violates(acl) if {
	count(_open_entries(acl)) > 0
	count(_workload_subnets(acl)) > 0
}

_undecided_otherwise(acl) if {
	count(_open_entries(acl)) > 0
	count(_workload_subnets(acl)) == 0
	null in acl.subnet_ids
}

_undecided_otherwise(acl) if {
	count(_open_entries(acl)) == 0
	count(_undetermined_entries(acl)) > 0
	count(_workload_subnets(acl)) > 0
}
