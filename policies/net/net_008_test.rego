package rampart.rules.net_008_test

import data.rampart.rules.net_008
import data.rampart.test.snapshots as snap

test_subnet_mapping_public_ips_is_a_finding if {
	d := json.patch(snap.network, [{"op": "replace", "path": "/subnets/0/map_public_ip_on_launch", "value": true}])
	findings := net_008.deny with input as d
	snap.ids(findings) == {"s/PublicA"}
	some f in findings
	f.message == "Subnet PublicA assigns a public IPv4 address to everything launched into it (MapPublicIpOnLaunch: true)."
}

test_subnets_without_auto_assigned_addresses_pass if {
	count(net_008.deny) == 0 with input as snap.network
	count(net_008.unknown) == 0 with input as snap.network
}

test_unresolved_setting_is_unknown if {
	d := json.patch(snap.network, [
		{"op": "replace", "path": "/subnets/0/map_public_ip_on_launch", "value": null},
		{"op": "add", "path": "/gaps/-", "value": snap.gap("s/PublicA", "/map_public_ip_on_launch", "parameter MapPublicIp has no value")},
	])
	count(net_008.deny) == 0 with input as d
	unknowns := net_008.unknown with input as d
	some u in unknowns
	u.resource == "s/PublicA"
	contains(u.reason, "parameter MapPublicIp has no value")
}
