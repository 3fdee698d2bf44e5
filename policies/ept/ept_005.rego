# METADATA
# title: Interface endpoints resolve privately and admit HTTPS from their VPC
# description: >-
#   An interface endpoint helps only if clients use it and can reach it. With private DNS disabled,
#   SDKs and the container agent resolve the service's public name and go around the endpoint (through
#   NAT, or nowhere). If none of the endpoint's security groups admits TCP 443 from the VPC (a CIDR
#   that contains the VPC's CIDR block) or from the workloads' security groups, connections to the
#   endpoint time out. Endpoints whose settings, security groups or VPC the snapshot cannot read are
#   reported as unknown, and so are those that admit 443 from the VPC only if a prefix list holds its
#   CIDR (the snapshot does not hold a prefix list's entries) or only by a rule that may not exist (its
#   CloudFormation Condition could not be evaluated).
# related_resources:
#   - ref: https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/privatelink/privatelink-access-aws-services.html
#   - ref: https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html
# custom:
#   id: EPT-005
#   severity: medium
#   resource_kinds: [vpc_endpoints]
#   remediation: >-
#     Set PrivateDnsEnabled to true on the interface endpoint (the VPC needs EnableDnsSupport and
#     EnableDnsHostnames), and give it a security group that admits TCP 443 from the VPC CIDR block or
#     from the security groups of the workloads that call the service.
package rampart.rules.ept_005

import data.rampart.lib.gaps
import data.rampart.lib.index
import data.rampart.lib.security_groups as sg
import data.rampart.lib.workloads

_interface contains e if {
	some e in input.vpc_endpoints
	e.type == "interface"
}

_label(e) := sprintf("interface endpoint %s (%s)", [index.name(e), e.service]) if {
	is_string(e.service)
} else := sprintf("interface endpoint %s", [index.name(e)])

_vpc(e) := index.vpcs[e.vpc_id]

# TCP 443 rules of the endpoint's security groups (those the snapshot holds) that certainly exist.
_https_rules(e) := [rule |
	some group in sg.known(e.security_group_ids)
	some rule in sg.certain_ingress(group)
	sg.covers_port(rule, 443)
]

# A rule admits the VPC: a source CIDR contains the VPC's CIDR block (or one of its IPv6 blocks),
# or a source security group is attached to a workload.
_admits_vpc(e, rule) if {
	some c in rule.cidrs
	net.cidr_contains(c, _vpc(e).cidr_block)
}

_admits_vpc(e, rule) if {
	some c in rule.ipv6_cidrs
	some i, block in _vpc(e).ipv6_cidr_blocks
	gaps.certain_element(e.vpc_id, "ipv6_cidr_blocks", i)
	net.cidr_contains(c, block)
}

_admits_vpc(_, rule) if {
	some g in rule.security_group_ids
	workloads.by_security_group[g]
}

_admits(e) if {
	some rule in _https_rules(e)
	_admits_vpc(e, rule)
}

_problems(e) := array.concat(
	["private DNS is disabled, so clients resolve the service's public name and go around the endpoint" | e.private_dns_enabled == false],
	[msg | not _admits(e); not _sg_undecided(e); msg := _sg_problem(e)],
)

_sg_problem(e) := sprintf("its security groups (%s) do not admit TCP 443 from VPC %s (%s) or from the workloads' security groups, so connections to it time out", [
	index.ref_names(e.security_group_ids), index.name(_vpc(e)), _vpc(e).cidr_block,
]) if {
	is_string(_vpc(e).cidr_block)
} else := sprintf("its security groups (%s) do not admit TCP 443 from its VPC or from the workloads' security groups, so connections to it time out", [
	index.ref_names(e.security_group_ids),
])

deny contains finding if {
	some e in _interface
	problems := _problems(e)
	count(problems) > 0
	finding := {
		"resource": e.id,
		"message": sprintf("%s is not usable from its VPC: %s.", [index.capitalize(_label(e)), concat("; ", problems)]),
		"details": {"private_dns_enabled": e.private_dns_enabled, "security_groups": e.security_group_ids},
	}
}

# Undecided when no problem is known and something the snapshot cannot read could be one.
unknown contains u if {
	some e in _interface
	count(_problems(e)) == 0
	reasons := array.concat(
		[gaps.explain(e.id, "/private_dns_enabled", "whether private DNS is enabled is unknown") | e.private_dns_enabled == null],
		[r | not _admits(e); r := _sg_undecided(e)],
	)
	count(reasons) > 0
	u := {"resource": e.id, "reason": sprintf("cannot tell whether %s is usable from its VPC: %s", [_label(e), concat("; ", reasons)])}
}

# Why whether the security groups admit the VPC cannot be told (undefined when it can).
_sg_undecided(e) := gaps.explain(e.id, "/security_group_ids", "its security groups are unknown") if {
	e.security_group_ids == null
} else := msg if {
	missing := sg.unresolved(e.security_group_ids)
	count(missing) > 0
	msg := gaps.explain(e.id, "/security_group_ids", sprintf("security groups not in the snapshot: %s", [index.ref_names(missing)]))
} else := msg if {
	# A prefix list may hold the VPC's CIDR; the snapshot does not hold its entries.
	texts := {sprintf("security group %s admits %s", [index.name(group), text]) |
		some group in sg.known(e.security_group_ids)
		some rule in group.ingress
		sg.covers_port(rule, 443)
		text := sg.prefix_list_text(rule)
	}
	count(texts) > 0
	msg := concat("; ", sort(texts))
} else := msg if {
	# Admitting the VPC by a rule, or through an IPv6 block of the VPC, that may not exist.
	texts := {text |
		some group in sg.known(e.security_group_ids)
		some text in _maybe_admits(e, group)
	}
	count(texts) > 0
	msg := concat("; ", sort(texts))
} else := msg if {
	names := {index.name(group) |
		some group in sg.known(e.security_group_ids)
		some rule in group.ingress
		_rule_undecided(e, rule)
	}
	count(names) > 0
	msg := sprintf("security group %s has a rule whose source, ports or VPC CIDR could not be resolved", [concat(", ", sort(names))])
}

_maybe_admits(e, group) := {text |
	some d in sg.doubtful_ingress(group)
	sg.covers_port(d.rule, 443)
	_admits_vpc(e, d.rule)
	text := sprintf("security group %s admits TCP 443 from the VPC by a rule that may not exist: %s", [index.name(group), d.doubt])
} | {text |
	some rule in sg.certain_ingress(group)
	sg.covers_port(rule, 443)
	some c in rule.ipv6_cidrs
	some i, block in _vpc(e).ipv6_cidr_blocks
	why := gaps.element_doubt(e.vpc_id, "ipv6_cidr_blocks", i)
	net.cidr_contains(c, block)
	text := sprintf("security group %s admits TCP 443 from IPv6 block %s of the VPC, which may not exist: %s", [index.name(group), block, why])
}

_rule_undecided(_, rule) if {
	sg.ports_unknown(rule)
	count(rule.cidrs) + count(rule.ipv6_cidrs) + count(rule.security_group_ids) + count(rule.prefix_list_ids) > 0
}

_rule_undecided(_, rule) if {
	sg.covers_port(rule, 443)
	null in array.concat(sg.cidr_sources(rule), rule.security_group_ids)
}

_rule_undecided(e, rule) if {
	sg.covers_port(rule, 443)
	count(rule.cidrs) > 0
	not is_string(_vpc(e).cidr_block)
}
