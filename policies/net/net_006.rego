# METADATA
# title: ECS tasks behind a load balancer admit only the load balancer's security group
# description: >-
#   An ECS service behind a load balancer should receive traffic through the load balancer only: its
#   task security group should admit the container port (or, with dynamic host ports, the ephemeral
#   range) from the load balancer's security group, not from CIDR ranges. A CIDR source on that port
#   lets clients bypass the load balancer and its listeners, TLS termination and WAF. The rule judges
#   awsvpc services, whose tasks carry the service's security groups; load balancers without security
#   groups (Network Load Balancers created without them) leave CIDR sources as the only option and
#   are not judged. A prefix list source on the container port is reported as unknown, since the
#   snapshot does not hold its entries. Services in bridge or host mode use their container
#   instances' security groups, which the snapshot does not link to the service, and are reported as
#   unknown, as is a CIDR rule that may not exist (its CloudFormation Condition could not be evaluated).
# related_resources:
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/bestpracticesguide/networking-inbound.html
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html
#   - ref: https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html#container_definition_portmappings
# custom:
#   id: NET-006
#   severity: medium
#   resource_kinds: [ecs_services]
#   remediation: >-
#     In the task security group, replace the CIDR ingress rules on the container port with one rule
#     whose source is the load balancer's security group (SourceSecurityGroupId). With dynamic host
#     ports (hostPort 0, bridge mode), admit the ephemeral port range from the load balancer's
#     security group on the container instances' security group.
package rampart.rules.net_006

import data.rampart.lib.gaps
import data.rampart.lib.index
import data.rampart.lib.security_groups as sg
import data.rampart.lib.workloads

_behind_lb contains s if {
	some s in input.ecs_services
	count(s.load_balancers) > 0
}

# Whether the load balancer of a service's load balancer entry has security groups a task security
# group could reference: "yes", "no" (only Network Load Balancers created without them) or "unknown".
_lb_groups(m) := "yes" if {
	is_string(m.load_balancer_name) # a Classic Load Balancer in a VPC always has security groups
} else := "yes" if {
	some lb in _lbs(m)
	count(lb.security_group_ids) > 0
} else := "no" if {
	lbs := _lbs(m)
	count(lbs) > 0
	count([lb | some lb in lbs; lb.security_group_ids == []]) == count(lbs)
} else := "yes" if {
	index.target_groups[m.target_group_id].protocol in {"HTTP", "HTTPS"} # an Application Load Balancer
} else := "unknown"

_lbs(m) := [lb | some id in index.target_groups[m.target_group_id].load_balancer_ids; lb := index.load_balancers[id]]

# The load balancers' security groups, for the message.
_lb_group_names(m) := concat(", ", sort({index.ref_name(g) | some lb in _lbs(m); some g in lb.security_group_ids}))

# CIDR ingress rules of the service's task security groups that cover the container port of a load
# balancer entry, as {"group": id, "text": "tcp 80 from 10.0.0.0/16"}.
_cidr_rules(s, m) := [{"group": group.id, "text": _cidr_text(group, rule)} |
	some group in sg.known(s.security_group_ids)
	some rule in sg.certain_ingress(group)
	_cidr_on_port(rule, m)
]

# Such rules that may not exist (a standalone rule whose condition is unknown): unknown, not a finding.
_maybe_cidr_rules(s, m) := [sprintf("%s, by a rule that may not exist: %s", [_cidr_text(group, d.rule), d.doubt]) |
	some group in sg.known(s.security_group_ids)
	some d in sg.doubtful_ingress(group)
	_cidr_on_port(d.rule, m)
]

_cidr_on_port(rule, m) if {
	count(sg.cidr_sources(rule)) > 0
	sg.covers_port(rule, m.container_port)
}

_cidr_text(group, rule) := sprintf("%s admits %s from %s", [
	index.name(group), sg.describe_ports(rule), concat(", ", [_source(c) | some c in sg.cidr_sources(rule)]),
])

_source(c) := c if is_string(c)

_source(c) := "an unresolved CIDR" if c == null

_violations(s) := [v |
	some m in s.load_balancers
	_lb_groups(m) == "yes"
	some v in _cidr_rules(s, m)
]

deny contains finding if {
	some s in _behind_lb
	workloads.awsvpc(s)
	violations := _violations(s)
	count(violations) > 0
	finding := {
		"resource": s.id,
		"message": sprintf("ECS service %s is behind a load balancer but its tasks also admit CIDR ranges on the container port: %s; admit only the load balancer's security group%s.", [
			index.name(s), concat("; ", sort({v.text | some v in violations})), _instead(s),
		]),
		"details": {"rules": sort({v.text | some v in violations}), "security_groups": sort({v.group | some v in violations})},
	}
}

_instead(s) := sprintf(" (%s)", [names]) if {
	names := concat(", ", sort({_lb_group_names(m) | some m in s.load_balancers; _lb_group_names(m) != ""}))
	names != ""
} else := ""

unknown contains u if {
	some s in _behind_lb
	workloads.awsvpc(s)
	count(_violations(s)) == 0
	reasons := _undecided(s)
	count(reasons) > 0
	u := {
		"resource": s.id,
		"reason": sprintf("cannot tell whether the tasks of ECS service %s admit only the load balancer: %s", [index.name(s), concat("; ", reasons)]),
	}
}

_undecided(s) := array.concat(
	array.concat(array.concat(_unread(s), _unknown_ports(s)), _maybe_violations(s)),
	array.concat(_unknown_lbs(s), _prefix_list_rules(s)),
)

_maybe_violations(s) := sort({text |
	some m in s.load_balancers
	_lb_groups(m) == "yes"
	some text in _maybe_cidr_rules(s, m)
})

_unread(s) := [gaps.explain(s.id, "/security_group_ids", "its security groups are unknown")] if {
	s.security_group_ids == null
} else := [msg] if {
	missing := sg.unresolved(s.security_group_ids)
	count(missing) > 0
	msg := gaps.explain(s.id, "/security_group_ids", sprintf("security groups not in the snapshot: %s", [index.ref_names(missing)]))
} else := []

# A CIDR rule whose ports are unknown, or a load balancer entry whose container port is unknown.
_unknown_ports(s) := [msg |
	some group in sg.known(s.security_group_ids)
	some rule in group.ingress
	count(sg.cidr_sources(rule)) + count(rule.prefix_list_ids) > 0
	_port_undecided(s, rule)
	msg := sprintf("security group %s has a CIDR rule whose ports or the container port are unknown", [index.name(group)])
]

_port_undecided(_, rule) if sg.ports_unknown(rule)

_port_undecided(s, rule) if {
	sg.tcp(rule)
	some m in s.load_balancers
	m.container_port == null
}

# A CIDR rule on the container port, where whether the load balancer has security groups is unknown.
_unknown_lbs(s) := [msg |
	some m in s.load_balancers
	_lb_groups(m) == "unknown"
	count(_cidr_rules(s, m)) + count(_maybe_cidr_rules(s, m)) > 0
	msg := sprintf("target group %s: its load balancer is not in the snapshot, so whether it has a security group to admit instead is unknown", [index.ref_name(m.target_group_id)])
]

# A prefix list source on the container port: the snapshot does not hold its entries, so whether it
# admits CIDR ranges (it does unless it is empty) cannot be told.
_prefix_list_rules(s) := sort({msg |
	some m in s.load_balancers
	_lb_groups(m) != "no"
	some group in sg.known(s.security_group_ids)
	some rule in group.ingress
	sg.covers_port(rule, m.container_port)
	msg := sprintf("security group %s admits %s", [index.name(group), sg.prefix_list_text(rule)])
})

# Bridge and host mode tasks use their container instances' security groups.
unknown contains u if {
	some s in _behind_lb
	not workloads.awsvpc(s)
	mode := _mode(s)
	u := {
		"resource": s.id,
		"reason": sprintf("cannot tell whether the tasks of ECS service %s admit only the load balancer: in %s they use their container instances' security groups, which the snapshot does not link to the service", [index.name(s), mode]),
	}
}

_mode(s) := sprintf("%s mode", [s.network_mode]) if is_string(s.network_mode) else := "an unknown network mode"
