# Where a subnet sends its traffic, and so whether it is public, private or unknown
# (RULES.md, "Definitions every rule shares").
#
# Public: the subnet's effective route table (its explicit association, else its VPC's main route
# table) has a route for 0.0.0.0/0 or ::/0 to an internet gateway. Egress-only internet gateways,
# NAT gateways, transit gateways and peering connections do not make a subnet public.
# Unknown: the snapshot cannot tell (the subnet or its route table is not in the snapshot, a
# reference could not be resolved, a default route's target is unknown, the subnet's association or
# an internet gateway route may not exist). Unknown is never treated as public or as private: rules
# report it as unknown instead of deciding.
#
# A route or an association that may not exist (a standalone Route or SubnetRouteTableAssociation
# whose Condition could not be evaluated; gaps.element_doubt) decides nothing on its own.
package rampart.lib.network

import data.rampart.lib.gaps
import data.rampart.lib.index

# A CIDR that is the whole internet: a valid IPv4 or IPv6 CIDR whose prefix length is 0, however it
# is written. AWS accepts non-canonical forms ("::0/0", "0:0:0:0:0:0:0:0/0", "1.2.3.4/0"), which a
# string comparison with "0.0.0.0/0" and "::/0" misses. A null or malformed value is not.
whole_internet(cidr) if {
	net.cidr_is_valid(cidr)
	to_number(split(cidr, "/")[1]) == 0
}

# The IPv4 whole internet, however written.
whole_ipv4_internet(cidr) if {
	whole_internet(cidr)
	not contains(cidr, ":")
}

# Explicit subnet associations: subnet id → route table ids. AWS allows one per subnet; a set
# keeps a malformed snapshot from aborting the evaluation with a conflict (it becomes unknown).
explicit_tables[sid] contains rt.id if {
	some rt in input.route_tables
	some i, a in rt.associations
	sid := a.subnet_id
	is_string(sid)
	gaps.certain_element(rt.id, "associations", i)
}

# Explicit associations that may not exist: subnet id → {"route_table": id, "doubt": why}.
doubtful_tables[sid] contains {"route_table": rt.id, "doubt": why} if {
	some rt in input.route_tables
	some i, a in rt.associations
	sid := a.subnet_id
	is_string(sid)
	why := gaps.element_doubt(rt.id, "associations", i)
}

# The main route table of each VPC.
main_tables[vid] contains rt.id if {
	some rt in input.route_tables
	rt.main == true
	vid := rt.vpc_id
	is_string(vid)
}

# VPCs (null: any VPC) with a route table association whose subnet could not be resolved. A subnet
# of such a VPC without a known association may be the one it names, so its route table is unknown.
unresolved_association_vpcs contains rt.vpc_id if {
	some rt in input.route_tables
	some a in rt.associations
	a.subnet_id == null
}

# The effective route table of a subnet (a snapshot subnet object): {"id": route table id}, or
# {"unknown": reason}.
effective_route_table(s) := {"id": rt} if {
	ids := explicit_tables[s.id]
	count(ids) == 1
	some rt in ids
} else := {"unknown": msg} if {
	ids := explicit_tables[s.id]
	count(ids) > 1
	msg := sprintf("it is associated with several route tables (%s)", [index.ref_names(sort(ids))])
} else := {"unknown": msg} if {
	# Without the association it would use its VPC's main route table.
	doubts := {sprintf("its association with route table %s may not exist: %s", [index.ref_name(d.route_table), d.doubt]) |
		some d in doubtful_tables[s.id]
	}
	count(doubts) > 0
	msg := concat("; ", sort(doubts))
} else := {"unknown": msg} if {
	some v in unresolved_association_vpcs
	v in {null, s.vpc_id}
	msg := "a route table association in its VPC names a subnet that could not be resolved, and it may be this one"
} else := {"unknown": msg} if {
	s.vpc_id == null
	msg := gaps.explain(s.id, "/vpc_id", "its VPC is unknown, so its main route table is too")
} else := {"id": rt} if {
	ids := main_tables[s.vpc_id]
	count(ids) == 1
	some rt in ids
} else := {"unknown": msg} if {
	msg := sprintf("it has no explicit route table association and the main route table of VPC %s is not in the snapshot", [index.ref_name(s.vpc_id)])
}

# The status of every subnet in the snapshot, by id:
# {"state": "public" | "private" | "unknown", "route_table": id or null, "nat": bool, "reason": text}.
subnet_status := {s.id: _status(s) | some s in input.subnets}

_status(s) := st if {
	rt := index.route_tables[effective_route_table(s).id]
	st := _classify(rt)
} else := _unknown(effective_route_table(s).unknown)

_unknown(reason) := {"state": "unknown", "route_table": null, "nat": false, "reason": reason}

_classify(rt) := {"state": "public", "route_table": rt.id, "nat": _nat(rt), "reason": msg} if {
	routes := [r | some i, r in rt.routes; _igw_default(r); _certain(rt, i)]
	count(routes) > 0
	msg := sprintf("its route table %s sends %s to internet gateway %s", [
		index.name(rt), routes[0].destination, index.ref_name(routes[0].target.id),
	])
} else := {"state": "unknown", "route_table": rt.id, "nat": false, "reason": msg} if {
	# A default route whose target is unknown, or a route to an internet gateway (or to an unknown
	# target) whose destination is unknown, may make the subnet public.
	positions := [i | some i, r in rt.routes; _undetermined(r)]
	count(positions) > 0
	pointer := sprintf("/routes/%d", [positions[0]])
	msg := sprintf("its route table %s may send all traffic to an internet gateway: %s", [
		index.name(rt), gaps.explain(rt.id, pointer, "a route's destination or target could not be determined"),
	])
} else := {"state": "unknown", "route_table": rt.id, "nat": false, "reason": msg} if {
	doubts := [sprintf("its route for %s to internet gateway %s may not exist: %s", [r.destination, index.ref_name(r.target.id), why]) |
		some i, r in rt.routes
		_igw_default(r)
		why := gaps.element_doubt(rt.id, "routes", i)
	]
	count(doubts) > 0
	msg := sprintf("its route table %s may send all traffic to an internet gateway: %s", [index.name(rt), concat("; ", doubts)])
} else := {"state": "private", "route_table": rt.id, "nat": _nat(rt), "reason": msg} if {
	msg := sprintf("its route table %s has no default route to an internet gateway", [index.name(rt)])
}

_igw_default(r) if {
	whole_internet(r.destination)
	r.target.kind == "igw"
}

_certain(rt, i) if gaps.certain_element(rt.id, "routes", i)

# "nat" of a subnet status: true with a NAT route, null when its only NAT routes may not exist
# (nat_doubt says why), false without any.
_nat(rt) := true if {
	has_nat_route(rt)
} else := null if {
	_nat_doubt(rt)
} else := false

_undetermined(r) if {
	whole_internet(r.destination)
	r.target.kind == "unknown"
}

_undetermined(r) if {
	r.destination == null
	r.destination_kind != "prefix_list"
	r.target.kind in {"igw", "unknown"}
}

# A route table sends IPv4 internet traffic through a NAT gateway (by a route that certainly exists).
has_nat_route(rt) := true if {
	some i, r in rt.routes
	_nat_default(r)
	_certain(rt, i)
} else := false

_nat_default(r) if {
	whole_ipv4_internet(r.destination)
	r.target.kind == "nat"
}

_nat_doubt(rt) := concat("; ", [why | some i, r in rt.routes; _nat_default(r); why := gaps.element_doubt(rt.id, "routes", i)]) if {
	some i, r in rt.routes
	_nat_default(r)
	gaps.element_doubt(rt.id, "routes", i)
}

# Why the NAT routes of a route table (by id) may not exist; undefined unless the statuses of its
# subnets have "nat": null (it has no NAT route that certainly exists, and one that may).
nat_doubt(rt_id) := why if {
	rt := index.route_tables[rt_id]
	_nat(rt) == null
	why := _nat_doubt(rt)
}

# The status of a subnet reference, which may be null or name a subnet the snapshot does not hold.
subnet(ref) := st if {
	st := subnet_status[ref]
} else := _unknown(msg) if {
	is_string(ref)
	msg := sprintf("subnet %s is not in the snapshot", [ref])
} else := _unknown("a subnet id could not be resolved")

public(ref) if subnet(ref).state == "public"

private(ref) if subnet(ref).state == "private"

unknown(ref) if subnet(ref).state == "unknown"

# Where a resource with a list of subnet references sits: {"public": [entry], "private": [entry],
# "unknown": [entry]} with entry = {"subnet": ref, "status": status}. refs may be null (the whole
# list is unknown) or hold nulls; the resource's gaps at pointer (e.g. "/subnet_ids") say why,
# else fallback does.
placement(rid, refs, pointer, fallback) := _summary(entries) if {
	is_array(refs)
	entries := [_entry(rid, ref, sprintf("%s/%d", [pointer, i])) | some i, ref in refs]
} else := _summary([{"subnet": null, "status": _unknown(gaps.explain(rid, pointer, fallback))}])

_entry(rid, ref, pointer) := {"subnet": ref, "status": subnet(ref)} if {
	ref != null
} else := {"subnet": null, "status": _unknown(gaps.explain(rid, pointer, "a subnet id could not be resolved"))}

_summary(entries) := {
	"public": [e | some e in entries; e.status.state == "public"],
	"private": [e | some e in entries; e.status.state == "private"],
	"unknown": [e | some e in entries; e.status.state == "unknown"],
}

# One placement entry for a message: "subnet PublicSubnetA (its route table … sends 0.0.0.0/0 …)".
describe(e) := e.status.reason if {
	e.subnet == null
} else := sprintf("subnet %s (%s)", [index.ref_name(e.subnet), e.status.reason])

describe_all(entries) := concat("; ", [describe(e) | some e in entries])

# The names of the subnets of some placement entries.
names(entries) := concat(", ", [index.ref_name(e.subnet) | some e in entries])

# The VPC a subnet reference belongs to, when the snapshot knows it.
subnet_vpc(ref) := v if {
	v := index.subnets[ref].vpc_id
	is_string(v)
}
