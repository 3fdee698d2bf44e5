# METADATA
# title: Load balancers span at least two Availability Zones
# description: >-
#   A load balancer attached to subnets in a single Availability Zone goes down with that zone, taking
#   every service behind it along, however many zones the targets run in. Application Load Balancers
#   require two zones when created through the console for this reason. The zones come from the load
#   balancer's own zone list, or from its subnets when that list is unknown; a load balancer with fewer
#   than two known zones and some it cannot tell is reported as unknown.
# related_resources:
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones
#   - ref: https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#availability-zones
#   - ref: https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/availability-zones.html
# custom:
#   id: LB-003
#   severity: low
#   resource_kinds: [load_balancers]
#   remediation: >-
#     Attach the load balancer to one subnet in each of at least two Availability Zones (Subnets or
#     SubnetMappings), and run its targets in the same zones.
package rampart.rules.lb_003

import data.rampart.lib.gaps
import data.rampart.lib.index

# The zones the load balancer is in (null for one that cannot be told): its own list, else those of
# its subnets.
_zone_list(lb) := lb.availability_zones if {
	is_array(lb.availability_zones)
	count(lb.availability_zones) > 0
} else := [_subnet_zone(sid) | some sid in lb.subnet_ids] if {
	is_array(lb.subnet_ids)
} else := [null]

_subnet_zone(sid) := z if {
	z := index.subnets[sid].availability_zone
	is_string(z)
} else := null

_known(lb) := {z | some z in _zone_list(lb); is_string(z)}

_has_unknown(lb) if null in _zone_list(lb)

_label(lb) := sprintf("load balancer %s", [index.name(lb)])

deny contains finding if {
	some lb in input.load_balancers
	zones := _known(lb)
	count(zones) < 2
	not _has_unknown(lb)
	finding := {
		"resource": lb.id,
		"message": sprintf("%s is in %s, so an outage of that zone takes it down.", [
			index.capitalize(_label(lb)), _zones_text(zones),
		]),
		"details": {"availability_zones": sort(zones)},
	}
}

_zones_text(zones) := sprintf("one Availability Zone (%s)", [concat(", ", sort(zones))]) if {
	count(zones) == 1
} else := "no known Availability Zone"

unknown contains u if {
	some lb in input.load_balancers
	count(_known(lb)) < 2
	_has_unknown(lb)
	u := {
		"resource": lb.id,
		"reason": sprintf("cannot tell whether %s spans two Availability Zones: %s", [
			_label(lb), gaps.explain(lb.id, "/availability_zones", gaps.explain(lb.id, "/subnet_ids", "the zones of its subnets are unknown")),
		]),
	}
}
