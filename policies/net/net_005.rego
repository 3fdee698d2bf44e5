# METADATA
# title: Security groups of workloads admit no traffic from the whole internet
# description: >-
#   A security group attached to a workload (an EC2 instance, the instances of an Auto Scaling group,
#   or the tasks of an ECS service in awsvpc mode) that admits inbound traffic from 0.0.0.0/0 or ::/0
#   (in any spelling AWS accepts, such as ::0/0 or 1.2.3.4/0: any prefix length of 0) exposes that
#   workload to every host on the internet wherever it has a public path. Workloads
#   should admit traffic only from their load balancer's security group or from known ranges. Load
#   balancers' own security groups, which legitimately admit 80/443 from anywhere, are not judged
#   here: only groups attached to workloads count. A workload whose security groups the snapshot
#   cannot read is reported as unknown, and so is a workload group that admits traffic from a prefix
#   list (the snapshot does not hold its entries, and a customer-managed list may hold 0.0.0.0/0) or
#   admits the internet by a rule that may not exist (a standalone rule whose Condition could not be
#   evaluated), or is open but attached only to workloads that may not exist (template resources whose
#   Condition could not be evaluated).
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-inbound.html
# custom:
#   id: NET-005
#   severity: high
#   resource_kinds: [security_groups]
#   remediation: >-
#     Replace the 0.0.0.0/0 and ::/0 ingress rules of the workload's security group with a rule whose
#     source is the load balancer's security group (SourceSecurityGroupId), or with the specific CIDR
#     ranges that need access. For administrative access use AWS Systems Manager Session Manager
#     instead of opening SSH or RDP to the internet.
package rampart.rules.net_005

import data.rampart.lib.gaps
import data.rampart.lib.index
import data.rampart.lib.security_groups as sg
import data.rampart.lib.workloads

# Ingress rules of a group that admit the whole internet, as "tcp 22 from 0.0.0.0/0".
_open_rules(group) := [_describe(rule) | some rule in sg.certain_ingress(group); _open(rule)]

# Such rules that may not exist (a standalone rule whose condition is unknown): unknown, not a finding.
_maybe_open_rules(group) := [sprintf("its rule %s may not exist: %s", [_describe(d.rule), d.doubt]) |
	some d in sg.doubtful_ingress(group)
	_open(d.rule)
]

_open(rule) if count(sg.world_sources(rule)) > 0

_describe(rule) := sprintf("%s from %s", [sg.describe_ports(rule), concat(" and ", sort(sg.world_sources(rule)))])

# The workloads a group is attached to that certainly exist (not a template resource whose Condition
# could not be evaluated): an open group matters only through them.
_certain_workloads(attached) := {w | some w in attached; not gaps.existence_doubt(w)}

deny contains finding if {
	some group in input.security_groups
	all_attached := workloads.by_security_group[group.id]
	attached := _certain_workloads(all_attached)
	count(attached) > 0
	open := _open_rules(group)
	count(open) > 0
	finding := {
		"resource": group.id,
		"message": sprintf("Security group %s admits the whole internet (%s) and is attached to %s.", [
			index.name(group), concat(", ", open), workloads.labels(attached),
		]),
		"details": {"rules": open, "workloads": sort([id | some id in attached])},
	}
}

# A group open to the internet whose workloads may all not exist: unknown, quoting why they may not.
unknown contains u if {
	some group in input.security_groups
	attached := workloads.by_security_group[group.id]
	count(_certain_workloads(attached)) == 0
	open := _open_rules(group)
	count(open) > 0
	doubts := [sprintf("%s may not exist (%s)", [workloads.labels({w}), gaps.existence_doubt(w)]) | some w in attached]
	u := {
		"resource": group.id,
		"reason": sprintf("security group %s admits the whole internet (%s), but what it is attached to may not exist: %s", [
			index.name(group), concat(", ", open), concat("; ", sort(doubts)),
		]),
	}
}

# A group attached to a workload with an ingress source the snapshot cannot tell may admit the
# internet: a CIDR that could not be resolved, a prefix list (its entries are not in the snapshot), or
# a rule admitting the internet that may not exist.
unknown contains u if {
	some group in input.security_groups
	attached := workloads.by_security_group[group.id]
	count(_open_rules(group)) == 0
	reasons := _undecided_sources(group)
	count(reasons) > 0
	u := {
		"resource": group.id,
		"reason": sprintf("cannot tell whether security group %s, attached to %s, admits the whole internet: %s", [
			index.name(group), workloads.labels(attached), concat("; ", reasons),
		]),
	}
}

_undecided_sources(group) := sort({reason |
	some rule in group.ingress
	some reason in _undecided_source(rule)
} | {reason | some reason in _maybe_open_rules(group)})

_undecided_source(rule) := array.concat(
	["an ingress rule's source could not be resolved" | null in sg.cidr_sources(rule)],
	[sprintf("it admits %s", [text]) | text := sg.prefix_list_text(rule)],
)

# Workloads whose security groups cannot all be read: one of them may admit the internet.
unknown contains u if {
	some w in workloads.items
	reason := _unread_groups(w)
	u := {
		"resource": w.id,
		"reason": sprintf("cannot tell whether the security groups of %s admit the whole internet: %s", [w.label, reason]),
	}
}

_unread_groups(w) := gaps_reason if {
	w.security_group_ids == null
	gaps_reason := gaps.explain(w.id, w.security_group_pointer, "its security groups are unknown")
} else := msg if {
	missing := sg.unresolved(w.security_group_ids)
	count(missing) > 0
	msg := gaps.explain(w.id, w.security_group_pointer, sprintf("security groups not in the snapshot: %s", [index.ref_names(missing)]))
}

# An ECS service whose network mode is unknown may be an awsvpc workload: its groups count if they
# admit the internet (or may: by a rule that may not exist).
unknown contains u if {
	some s in workloads.undetermined_services
	some ref in s.security_group_ids
	group := index.security_groups[ref]
	count(_open_rules(group)) + count(_maybe_open_rules(group)) > 0
	not workloads.by_security_group[group.id]
	u := {
		"resource": group.id,
		"reason": sprintf("security group %s %s and is attached to ECS service %s, whose network mode is unknown", [
			index.name(group), _admits_text(group), index.name(s),
		]),
	}
}

_admits_text(group) := "admits the whole internet" if {
	count(_open_rules(group)) > 0
} else := sprintf("may admit the whole internet (%s)", [concat("; ", _maybe_open_rules(group))])
