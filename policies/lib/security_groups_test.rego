package rampart.lib.security_groups_test

import data.rampart.lib.security_groups as sg
import data.rampart.test.snapshots as snap

test_port_ranges_cover_ports if {
	sg.covers_port(snap.sg_rule("tcp", 80, 80, [], []), 80)
	sg.covers_port(snap.sg_rule("all", 0, 65535, [], []), 443)
	not sg.covers_port(snap.sg_rule("tcp", 22, 22, [], []), 80)
	not sg.covers_port(snap.sg_rule("udp", 0, 65535, [], []), 80)
}

test_null_ports_cover_nothing_and_are_unknown if {
	rule := snap.sg_rule("tcp", null, null, ["0.0.0.0/0"], [])
	not sg.covers_port(rule, 80)
	sg.ports_unknown(rule)
}

test_world_sources if {
	rule := object.union(snap.sg_rule("tcp", 22, 22, ["0.0.0.0/0", "10.0.0.0/8"], []), {"ipv6_cidrs": ["::/0"]})
	sg.world_sources(rule) == {"0.0.0.0/0", "::/0"}
	count(sg.world_sources(snap.sg_rule("tcp", 22, 22, ["0.0.0.0/1"], []))) == 0
}

test_world_sources_written_non_canonically if {
	rule := object.union(snap.sg_rule("tcp", 22, 22, ["1.2.3.4/0", "10.0.0.0/8", null], []), {"ipv6_cidrs": ["::0/0", "0:0:0:0:0:0:0:0/0", "2001:db8::/32"]})
	sg.world_sources(rule) == {"1.2.3.4/0", "::0/0", "0:0:0:0:0:0:0:0/0"}
}

test_describe_ports if {
	sg.describe_ports(snap.sg_rule("all", 0, 65535, [], [])) == "all traffic"
	sg.describe_ports(snap.sg_rule("tcp", 22, 22, [], [])) == "tcp 22"
	sg.describe_ports(snap.sg_rule("tcp", 1024, 65535, [], [])) == "tcp 1024-65535"
	sg.describe_ports(snap.sg_rule("icmp", 8, -1, [], [])) == "protocol icmp"
}
