package rampart.lib.network_test

import data.rampart.lib.network
import data.rampart.test.snapshots as snap

test_explicit_association_with_internet_gateway_route_is_public if {
	st := network.subnet("s/PublicA") with input as snap.network
	st.state == "public"
	st.route_table == "s/PublicRt"
	contains(st.reason, "0.0.0.0/0")
}

test_nat_route_is_private_with_nat if {
	st := network.subnet("s/PrivateA") with input as snap.network
	st.state == "private"
	st.nat == true
}

test_no_default_route_is_private_without_nat if {
	st := network.subnet("s/IsolatedA") with input as snap.network
	st.state == "private"
	st.nat == false
}

test_subnet_without_association_uses_the_main_route_table if {
	st := network.subnet("s/MainOnly") with input as snap.network
	st.state == "private"
	st.route_table == "s/Vpc#main-route-table"
}

test_main_route_table_with_internet_gateway_route_makes_unassociated_subnets_public if {
	doc := json.patch(snap.network, [{"op": "add", "path": "/route_tables/3/routes/-", "value": snap.route("0.0.0.0/0", "igw", "s/Igw")}])
	network.public("s/MainOnly") with input as doc
}

test_ipv6_default_route_to_internet_gateway_is_public if {
	doc := json.patch(snap.network, [{"op": "add", "path": "/route_tables/2/routes/-", "value": {"destination": "::/0", "destination_kind": "ipv6", "target": {"kind": "igw", "id": "s/Igw"}}}])
	network.public("s/IsolatedA") with input as doc
}

test_egress_only_gateway_and_transit_gateway_do_not_make_a_subnet_public if {
	doc := json.patch(snap.network, [
		{"op": "add", "path": "/route_tables/2/routes/-", "value": {"destination": "::/0", "destination_kind": "ipv6", "target": {"kind": "eigw", "id": "s/Eigw"}}},
		{"op": "add", "path": "/route_tables/2/routes/-", "value": snap.route("0.0.0.0/0", "tgw", "tgw-0123456789abcdef0")},
	])
	network.private("s/IsolatedA") with input as doc
}

test_subnet_not_in_the_snapshot_is_unknown if {
	st := network.subnet("subnet-0abc") with input as snap.network
	st.state == "unknown"
	contains(st.reason, "not in the snapshot")
}

test_null_subnet_reference_is_unknown if {
	network.unknown(null) with input as snap.network
}

test_default_route_with_unknown_target_is_unknown_not_private if {
	doc := json.patch(snap.network, [{"op": "add", "path": "/route_tables/2/routes/-", "value": snap.route("0.0.0.0/0", "unknown", null)}])
	network.unknown("s/IsolatedA") with input as doc
	not network.private("s/IsolatedA") with input as doc
	not network.public("s/IsolatedA") with input as doc
}

test_internet_gateway_route_with_unknown_destination_is_unknown if {
	doc := json.patch(snap.network, [{"op": "add", "path": "/route_tables/2/routes/-", "value": snap.route(null, "igw", "s/Igw")}])
	network.unknown("s/IsolatedA") with input as doc
}

test_unknown_route_quotes_the_gap if {
	doc := json.patch(snap.network, [
		{"op": "add", "path": "/route_tables/2/routes/-", "value": snap.route("0.0.0.0/0", "unknown", null)},
		{"op": "add", "path": "/gaps/-", "value": snap.gap("s/IsolatedRt", "/routes/1/target", "parameter GatewayId has no value")},
	])
	st := network.subnet("s/IsolatedA") with input as doc
	contains(st.reason, "parameter GatewayId has no value")
}

test_main_route_table_missing_makes_unassociated_subnet_unknown if {
	doc := json.patch(snap.network, [{"op": "remove", "path": "/route_tables/3"}])
	network.unknown("s/MainOnly") with input as doc
	network.private("s/IsolatedA") with input as doc
}

test_unknown_vpc_makes_unassociated_subnet_unknown if {
	doc := json.patch(snap.network, [{"op": "replace", "path": "/subnets/5/vpc_id", "value": null}])
	network.unknown("s/MainOnly") with input as doc
}

test_unresolved_association_makes_unassociated_subnets_of_its_vpc_unknown if {
	doc := json.patch(snap.network, [{"op": "add", "path": "/route_tables/0/associations/-", "value": {"subnet_id": null}}])
	network.unknown("s/MainOnly") with input as doc
	network.private("s/IsolatedA") with input as doc
}

test_no_route_tables_at_all_is_unknown if {
	doc := object.union(snap.network, {"route_tables": []})
	network.unknown("s/PublicA") with input as doc
}

test_placement_splits_public_private_and_unknown_subnets if {
	p := network.placement("s/X", ["s/PublicA", "s/PrivateA", null, "subnet-0abc"], "/subnet_ids", "fallback") with input as snap.network
	[e.subnet | some e in p.public] == ["s/PublicA"]
	[e.subnet | some e in p.private] == ["s/PrivateA"]
	count(p.unknown) == 2
}

test_placement_of_an_unknown_list_quotes_the_gap if {
	doc := snap.doc({"gaps": [snap.gap("s/X", "/subnet_ids", "parameter Subnets has no value")]})
	p := network.placement("s/X", null, "/subnet_ids", "fallback") with input as doc
	p.unknown[0].status.reason == "parameter Subnets has no value"
}

test_placement_of_an_unknown_list_without_gap_uses_the_fallback if {
	p := network.placement("s/X", null, "/subnet_ids", "fallback") with input as snap.network
	p.unknown[0].status.reason == "fallback"
}

test_whole_internet_is_any_cidr_with_prefix_length_zero if {
	every c in ["0.0.0.0/0", "::/0", "::0/0", "0:0:0:0:0:0:0:0/0", "1.2.3.4/0", "0.0.0.0/00"] {
		network.whole_internet(c)
	}
	every c in ["0.0.0.0/1", "10.0.0.0/8", "::/1", "::ffff:0.0.0.0/96", "0.0.0.0", "garbage", null] {
		not network.whole_internet(c)
	}
	network.whole_ipv4_internet("1.2.3.4/0")
	not network.whole_ipv4_internet("::0/0")
}

test_default_route_written_non_canonically_still_makes_a_subnet_public if {
	doc := json.patch(snap.network, [{"op": "add", "path": "/route_tables/2/routes/-", "value": {"destination": "0:0:0:0:0:0:0:0/0", "destination_kind": "ipv6", "target": {"kind": "igw", "id": "s/Igw"}}}])
	network.public("s/IsolatedA") with input as doc
}

# Routes and associations from standalone resources whose Condition could not be evaluated are in the
# snapshot with a gap pointing at them (docs/snapshot.md, gaps); they decide nothing on their own.
maybe(rid, pointer) := snap.gap(rid, pointer, "condition IsPublic of Route could not be evaluated (parameter Public has no value); the entry is kept")

test_internet_gateway_route_that_may_not_exist_is_unknown_quoting_its_gap if {
	doc := json.patch(snap.network, [
		{"op": "add", "path": "/route_tables/2/routes/-", "value": snap.route("0.0.0.0/0", "igw", "s/Igw")},
		{"op": "add", "path": "/gaps/-", "value": maybe("s/IsolatedRt", "/routes/1")},
	])
	st := network.subnet("s/IsolatedA") with input as doc
	st.state == "unknown"
	st.reason == "its route table IsolatedRt may send all traffic to an internet gateway: its route for 0.0.0.0/0 to internet gateway Igw may not exist: condition IsPublic of Route could not be evaluated (parameter Public has no value); the entry is kept"
}

test_a_route_that_may_not_exist_beside_a_certain_internet_gateway_route_leaves_the_subnet_public if {
	doc := json.patch(snap.network, [
		{"op": "add", "path": "/route_tables/0/routes/-", "value": snap.route("::/0", "igw", "s/Igw")},
		{"op": "add", "path": "/gaps/-", "value": maybe("s/PublicRt", "/routes/2")},
	])
	network.public("s/PublicA") with input as doc
}

test_a_gap_inside_a_route_does_not_make_it_doubtful if {
	doc := json.patch(snap.network, [{"op": "add", "path": "/gaps/-", "value": maybe("s/PublicRt", "/routes/1/target/id")}])
	network.public("s/PublicA") with input as doc
}

test_nat_route_that_may_not_exist_leaves_nat_undecided if {
	doc := json.patch(snap.network, [{"op": "add", "path": "/gaps/-", "value": maybe("s/PrivateRt", "/routes/1")}])
	st := network.subnet("s/PrivateA") with input as doc
	st.state == "private"
	st.nat == null
	startswith(network.nat_doubt("s/PrivateRt"), "condition IsPublic of Route could not be evaluated") with input as doc
	not network.nat_doubt("s/PublicRt") with input as doc
}

test_association_that_may_not_exist_makes_the_subnet_unknown if {
	doc := json.patch(snap.network, [{"op": "add", "path": "/gaps/-", "value": maybe("s/PublicRt", "/associations/1")}])
	st := network.subnet("s/PublicB") with input as doc
	st.state == "unknown"
	startswith(st.reason, "its association with route table PublicRt may not exist: condition IsPublic")
	network.public("s/PublicA") with input as doc
}
