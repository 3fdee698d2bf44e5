# METADATA
# title: A VPC holds one environment
# description: >-
#   One VPC per environment keeps production apart from development and test by construction: its own
#   route tables, security groups, endpoints and flow logs. A VPC whose resources carry more than one
#   value of the environment tag (by default the keys env, environment and Environment; values are
#   compared ignoring case and surrounding spaces) mixes environments, so a change or a mistake in one
#   reaches the other. Resources count for a VPC when they name it, sit in its subnets, or belong to
#   its load balancers. When a tag value could not be resolved and could make a second value, the VPC
#   is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/whitepapers/latest/organizing-your-aws-environment/organizing-your-aws-environment.html
#   - ref: https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/tagging-best-practices.html
#   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/how-it-works.html
# custom:
#   id: NET-009
#   severity: info
#   resource_kinds: [vpcs]
#   remediation: >-
#     Give each environment its own VPC (better, its own account), and move the resources of the
#     other environments out. If the tags are simply wrong, correct them. Set environment_tag_keys in
#     the configuration when your organisation uses other tag keys.
package rampart.rules.net_009

import data.rampart.lib.gaps
import data.rampart.lib.index
import data.rampart.lib.network
import data.rampart.lib.tags

# [VPC id, resource] for every resource that belongs to a VPC.
_membership contains [r.id, r] if {
	some r in input.vpcs
}

_membership contains [r.vpc_id, r] if {
	some kind in [
		"subnets", "route_tables", "security_groups", "network_acls", "vpc_endpoints",
		"load_balancers", "target_groups", "egress_only_internet_gateways",
	]
	some r in input[kind]
	is_string(r.vpc_id)
}

_membership contains [a.vpc_id, r] if {
	some r in input.internet_gateways
	some i, a in r.attachments
	is_string(a.vpc_id)
	gaps.certain_element(r.id, "attachments", i)
}

# An internet gateway whose attachment to a VPC may not exist (a VPCGatewayAttachment whose Condition
# could not be evaluated): its tags may count for that VPC, which is then unknown rather than a finding.
_doubtful_membership contains [a.vpc_id, r, why] if {
	some r in input.internet_gateways
	some i, a in r.attachments
	is_string(a.vpc_id)
	why := gaps.element_doubt(r.id, "attachments", i)
	not [a.vpc_id, r] in _membership
}

_membership contains [vid, r] if {
	some kind in ["nat_gateways", "instances"]
	some r in input[kind]
	vid := network.subnet_vpc(r.subnet_id)
}

_membership contains [vid, r] if {
	some kind in ["auto_scaling_groups", "ecs_services"]
	some r in input[kind]
	some sid in r.subnet_ids
	vid := network.subnet_vpc(sid)
}

_membership contains [vid, r] if {
	some r in input.listeners
	vid := index.load_balancers[r.load_balancer_id].vpc_id
	is_string(vid)
}

# Environment tags by VPC: {"resource", "key", "value"} (value null when it could not be resolved).
_environment[vid] contains {"resource": r.id, "key": key, "value": value} if {
	some [vid, r] in _membership
	some [key, value] in tags.environment_tags(r)
}

_normal(v) := lower(trim_space(v))

_values(vid) := {_normal(e.value) | some e in _environment[vid]; is_string(e.value)}

_unresolved(vid) := [e | some e in _environment[vid]; e.value == null]

# "prod: Vpc, PrivateSubnetA and 3 more"
_describe(vid, value) := sprintf("%s (%s)", [value, _some_names(names)]) if {
	names := sort({index.ref_name(e.resource) | some e in _environment[vid]; is_string(e.value); _normal(e.value) == value})
}

_some_names(names) := concat(", ", names) if {
	count(names) <= 3
} else := sprintf("%s and %d more", [concat(", ", array.slice(names, 0, 3)), count(names) - 3])

deny contains finding if {
	some vpc in input.vpcs
	values := _values(vpc.id)
	count(values) > 1
	finding := {
		"resource": vpc.id,
		"message": sprintf("VPC %s mixes environments: its resources are tagged %s.", [
			index.name(vpc), concat("; ", [_describe(vpc.id, v) | some v in sort(values)]),
		]),
		"details": {"environments": sort(values)},
	}
}

# The environments only such gateways would add, as {"value", "text"}.
_maybe_values(vid) := {{"value": v, "text": text} |
	some [vid, r, why] in _doubtful_membership
	some [_, value] in tags.environment_tags(r)
	is_string(value)
	v := _normal(value)
	not v in _values(vid)
	text := sprintf("%s, tagged %s, is attached to it by an attachment that may not exist: %s", [index.name(r), value, why])
}

unknown contains u if {
	some vpc in input.vpcs
	values := _values(vpc.id)
	count(values) <= 1
	not _unresolved_undecided(vpc.id)
	maybe := _maybe_values(vpc.id)
	count(values) + count({m.value | some m in maybe}) > 1
	u := {
		"resource": vpc.id,
		"reason": sprintf("cannot tell whether VPC %s mixes environments: %s", [
			index.name(vpc), concat("; ", sort([m.text | some m in maybe])),
		]),
	}
}

_unresolved_undecided(vid) if {
	count(_unresolved(vid)) > 0
	count(_values(vid)) + count(_unresolved(vid)) > 1
}

unknown contains u if {
	some vpc in input.vpcs
	values := _values(vpc.id)
	count(values) <= 1
	unresolved := _unresolved(vpc.id)
	count(unresolved) > 0
	count(values) + count(unresolved) > 1
	u := {
		"resource": vpc.id,
		"reason": sprintf("cannot tell whether VPC %s mixes environments: the environment tag of %s could not be resolved", [
			index.name(vpc), _some_names(sort({index.ref_name(e.resource) | some e in unresolved})),
		]),
	}
}
