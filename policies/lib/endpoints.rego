# VPC endpoints that private workloads need (EPT-001 … EPT-004): which private subnets with
# workloads each VPC has, which of them an endpoint for a service serves, and how bad a missing one
# is. The services and their endpoint types are configuration (required_endpoint_services).
package rampart.lib.endpoints

import data.rampart.lib.index
import data.rampart.lib.network
import data.rampart.lib.workloads

# The endpoint type a service must have ("interface" or "gateway"); undefined when the
# configuration does not require the service, which turns its rule off.
required_type(service) := t if {
	t := data.rampart.config.required_endpoint_services[service]
	is_string(t)
}

# Private subnets that hold workloads, by VPC: VPC id → subnet ids.
private_workload_subnets[vid] contains e.subnet if {
	some w in workloads.items
	some e in workloads.placements[w.id].private
	vid := network.subnet_vpc(e.subnet)
}

# Subnets that hold workloads and are in a known VPC but cannot be placed, by VPC.
undecided_workload_subnets[vid] contains sid if {
	some w in workloads.items
	some e in workloads.placements[w.id].unknown
	sid := e.subnet
	vid := network.subnet_vpc(sid)
}

# Workloads whose VPC cannot be told at all (none of their subnets is in the snapshot).
homeless contains w if {
	some w in workloads.items
	count(workloads.vpcs(w)) == 0
	count(workloads.placements[w.id].unknown) > 0
}

# Endpoints whose VPC could not be resolved: they may belong to any VPC. Looked up per VPC together with
# endpoints_by_vpc, so that deciding a VPC never scans every endpoint of the snapshot.
endpoints_without_vpc := [e | some e in input.vpc_endpoints; e.vpc_id == null]

_vpc_endpoints(vid) := [e | some e in endpoints_by_vpc[vid]]

endpoints_by_vpc[vid] contains e if {
	some e in input.vpc_endpoints
	vid := e.vpc_id
	is_string(vid)
}

# The VPC object for an id; a VPC the snapshot does not hold (a template hard-codes its id) still
# gets judged by what the snapshot says about its subnets and endpoints.
vpc(vid) := v if {
	v := index.vpcs[vid]
} else := {"id": vid, "region": null, "tags": {}}

# Endpoints of the VPC for the service, of the required type. An endpoint known to be for another
# region serves nothing here (EPT-006 reports it); one whose region is unknown is counted, and EPT-006
# reports that as unknown.
serving(v, service) := [e |
	some e in endpoints_by_vpc[v.id]
	e.service == service
	e.type == required_type(service)
	not _other_region(v, e)
]

_other_region(v, e) if {
	is_string(e.service_region)
	region := _region(v, e)
	e.service_region != region
}

_region(v, _) := v.region if is_string(v.region)

_region(v, e) := e.region if {
	not is_string(v.region)
	is_string(e.region)
}

# An interface endpoint (with private DNS) serves every subnet of its VPC; a gateway endpoint
# serves the subnets whose route table it is associated with.
served(v, service, sid) if {
	required_type(service) == "interface"
	count(serving(v, service)) > 0
}

served(v, service, sid) if {
	required_type(service) == "gateway"
	rt := network.subnet(sid).route_table
	some e in serving(v, service)
	rt in e.route_table_ids
}

# The given private subnets that no endpoint for the service serves, sorted.
unserved(v, service, sids) := sort([sid | some sid in sids; not served(v, service, sid)])

# Why an endpoint might serve those subnets after all, when the snapshot cannot tell: an endpoint
# for the service whose VPC, type or route tables could not be resolved.
undecided(v, service, sids) := reason if {
	candidates := [e |
		some e in array.concat(_vpc_endpoints(v.id), endpoints_without_vpc)
		e.service == service
		_maybe(v, service, e)
	]
	count(candidates) > 0
	reason := sprintf("endpoint %s may serve them, but its VPC, type or route tables could not be resolved", [index.ref_names([e.id | some e in candidates])])
}

_maybe(v, _, e) if {
	e.vpc_id == null
}

_maybe(v, _, e) if {
	e.vpc_id == v.id
	e.type == null
}

_maybe(v, service, e) if {
	e.vpc_id == v.id
	e.type == required_type(service)
	null in e.route_table_ids
}

# The service's endpoint name in the VPC's region, e.g. com.amazonaws.eu-west-1.ecr.api.
service_name(v, service) := sprintf("com.amazonaws.%s.%s", [v.region, service]) if {
	is_string(v.region)
} else := sprintf("com.amazonaws.<region>.%s", [service])

# high when one of the subnets has no NAT route, so what the endpoint would carry cannot leave the
# VPC at all; medium when all of them reach the service through a NAT gateway. A NAT route that may
# not exist (network.nat_doubt) does not make it high: the finding is at least medium, and the
# message says it may be worse.
severity(sids) := "high" if {
	some sid in sids
	network.subnet(sid).nat == false
} else := "medium"

without_nat(sids) := sort([sid | some sid in sids; network.subnet(sid).nat == false])

# What the VPC lacks, for a message: no endpoint at all for the subnets, or a gateway endpoint
# that their route tables do not use.
lack(v, service, sids) := sprintf("has no %s endpoint for %s, while workloads run in its private subnets %s", [
	required_type(service), service_name(v, service), index.ref_names(sids),
]) if {
	count(serving(v, service)) == 0
} else := sprintf("has %s endpoint %s for %s, but the route tables of its private subnets with workloads do not use it: %s", [
	required_type(service),
	index.ref_names([e.id | some e in serving(v, service)]),
	service_name(v, service),
	concat(", ", [sprintf("%s (%s)", [index.ref_name(sid), index.ref_name(network.subnet(sid).route_table)]) | some sid in sids]),
])

# The standard EPT finding for a VPC whose private workload subnets sids are not served.
# consequence_high / consequence_medium finish the message for each severity.
finding(v, service, sids, consequence_high, consequence_medium) := {
	"resource": v.id,
	"severity": severity(sids),
	"message": sprintf("VPC %s %s; %s.", [
		index.ref_name(v.id), lack(v, service, sids), _consequence(sids, consequence_high, consequence_medium),
	]),
	"details": {
		"service": service_name(v, service),
		"endpoint_type": required_type(service),
		"subnets": sids,
		"subnets_without_nat_route": without_nat(sids),
	},
}

_consequence(sids, high, medium) := sprintf("with no NAT route from %s, %s", [index.ref_names(without_nat(sids)), high]) if {
	severity(sids) == "high"
} else := sprintf("they reach it through a NAT gateway, so %s; but %s, and without it %s", [medium, concat("; ", doubts), high]) if {
	tables := {rt | some sid in sids; network.subnet(sid).nat == null; rt := network.subnet(sid).route_table}
	doubts := [sprintf("the NAT route of route table %s (of %s) may not exist: %s", [
		index.ref_name(rt), index.ref_names(sort([sid | some sid in sids; network.subnet(sid).route_table == rt])), network.nat_doubt(rt),
	]) |
		some rt in sort(tables)
	]
	count(doubts) > 0
} else := sprintf("they reach it through a NAT gateway, so %s", [medium])

# The findings of an EPT rule: one per VPC whose private workload subnets (subnets_by_vpc: VPC id →
# subnet ids) an endpoint for the service does not serve. None when the configuration does not
# require the service.
findings(service, subnets_by_vpc, consequence_high, consequence_medium) := {f |
	required_type(service)
	some vid, sids in subnets_by_vpc
	v := vpc(vid)
	missing := unserved(v, service, sids)
	count(missing) > 0
	not undecided(v, service, missing)
	f := finding(v, service, missing, consequence_high, consequence_medium)
}

# The unknowns of an EPT rule, one per resource: VPCs where an endpoint may or may not serve the
# workload subnets, or whose workload subnets cannot be placed (undecided_by_vpc), and workloads whose
# VPC cannot be told at all (homeless_workloads). question completes "cannot tell whether VPC X …".
unknowns(service, subnets_by_vpc, undecided_by_vpc, homeless_workloads, question) := vpc_unknowns | workload_unknowns if {
	required_type(service)
	reasons := {vid: _vpc_reasons(service, subnets_by_vpc, undecided_by_vpc, vid) |
		some vid in object.keys(subnets_by_vpc) | object.keys(undecided_by_vpc)
	}
	vpc_unknowns := {u |
		some vid, rs in reasons
		count(rs) > 0
		u := {"resource": vid, "reason": sprintf("cannot tell whether VPC %s %s: %s", [index.ref_name(vid), question, concat("; ", rs)])}
	}
	workload_unknowns := {u |
		some w in homeless_workloads
		u := {"resource": w.id, "reason": sprintf("cannot tell which VPC %s runs in, so whether that VPC %s: %s", [
			w.label, question, network.describe_all(workloads.placements[w.id].unknown),
		])}
	}
} else := set()

_vpc_reasons(service, subnets_by_vpc, undecided_by_vpc, vid) := sort(array.concat(
	[r |
		sids := subnets_by_vpc[vid]
		missing := unserved(vpc(vid), service, sids)
		count(missing) > 0
		r := undecided(vpc(vid), service, missing)
	],
	[r |
		not _finding_for(service, subnets_by_vpc, vid)
		sids := {sid | some sid in undecided_by_vpc[vid]; not served(vpc(vid), service, sid)}
		count(sids) > 0
		r := sprintf("subnets with workloads cannot be placed: %s", [concat("; ", sort([network.describe({"subnet": sid, "status": network.subnet(sid)}) | some sid in sids]))])
	],
))

_finding_for(service, subnets_by_vpc, vid) if {
	missing := unserved(vpc(vid), service, subnets_by_vpc[vid])
	count(missing) > 0
	not undecided(vpc(vid), service, missing)
}
