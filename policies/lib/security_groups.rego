# Reading security group rules: what they admit, from where, on which ports.
package rampart.lib.security_groups

import data.rampart.lib.gaps
import data.rampart.lib.index
import data.rampart.lib.network

# A group's ingress rules that certainly exist. A rule from a standalone SecurityGroupIngress whose
# Condition could not be evaluated may not (docs/snapshot.md, gaps): a violation must not rest on it.
certain_ingress(group) := [rule | some i, rule in group.ingress; gaps.certain_element(group.id, "ingress", i)]

# A group's ingress rules that may not exist, as {"rule": rule, "doubt": why}. What would be a
# violation on one of them is reported as unknown, quoting doubt.
doubtful_ingress(group) := [{"rule": rule, "doubt": why} |
	some i, rule in group.ingress
	why := gaps.element_doubt(group.id, "ingress", i)
]

# The sources of a rule that are the whole internet, however they are written (network.whole_internet).
world_sources(rule) := {c | some c in cidr_sources(rule); network.whole_internet(c)}

# All CIDR sources of a rule (IPv4 and IPv6), null for one that could not be resolved.
cidr_sources(rule) := array.concat(rule.cidrs, rule.ipv6_cidrs)

# A rule's prefix list sources, for a reason: "tcp 22 from prefix list pl-12345, whose entries the
# snapshot does not hold"; undefined when it names none. The snapshot holds no prefix list's entries
# (docs/snapshot.md) and a customer-managed list may hold 0.0.0.0/0, so a rule that judges sources
# cannot tell what such a rule admits and reports it as unknown.
prefix_list_text(rule) := sprintf("%s from prefix list%s %s, whose entries the snapshot does not hold", [
	describe_ports(rule), _plural(rule.prefix_list_ids), index.ref_names(rule.prefix_list_ids),
]) if {
	count(rule.prefix_list_ids) > 0
}

_plural(list) := "s" if count(list) > 1 else := ""

# A rule applies to TCP (or to every protocol).
tcp(rule) if rule.protocol in {"tcp", "all"}

# A TCP rule's port range covers a port. "all" always carries ports 0-65535 (docs/snapshot.md).
# Every operand is checked to be a number: Rego orders null before numbers, so a null port would
# otherwise compare as covered.
covers_port(rule, port) if {
	tcp(rule)
	is_number(port)
	is_number(rule.from_port)
	is_number(rule.to_port)
	rule.from_port <= port
	port <= rule.to_port
}

# A rule's ports could not be determined, so whether it covers a port is unknown.
ports_unknown(rule) if rule.protocol == null

ports_unknown(rule) if {
	tcp(rule)
	rule.from_port == null
}

ports_unknown(rule) if {
	tcp(rule)
	rule.to_port == null
}

# "all traffic", "tcp 22", "tcp 1024-65535", "icmp", for messages.
describe_ports(rule) := "all traffic" if {
	rule.protocol == "all"
} else := sprintf("%s %d", [rule.protocol, rule.from_port]) if {
	rule.protocol in {"tcp", "udp"}
	rule.from_port == rule.to_port
} else := sprintf("%s %d-%d", [rule.protocol, rule.from_port, rule.to_port]) if {
	rule.protocol in {"tcp", "udp"}
	is_number(rule.from_port)
	is_number(rule.to_port)
} else := sprintf("protocol %s", [rule.protocol]) if {
	is_string(rule.protocol)
} else := "an unknown protocol"

# The security groups of a list of references that the snapshot holds, and the references it cannot
# resolve (null, or naming a group not in the snapshot).
known(refs) := [index.security_groups[ref] | some ref in refs; index.security_groups[ref]]

unresolved(refs) := [ref | some ref in refs; not index.security_groups[ref]]
