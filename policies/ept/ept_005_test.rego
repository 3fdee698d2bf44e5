package rampart.rules.ept_005_test

import data.rampart.rules.ept_005
import data.rampart.test.snapshots as snap

api(dns, groups) := object.union(snap.endpoint("s/EcrApi", "ecr.api", "interface", ["s/PrivateA"], [], groups), {"private_dns_enabled": dns})

test_endpoint_with_private_dns_and_vpc_https_passes if {
	d := snap.doc({"security_groups": [snap.endpoint_group], "vpc_endpoints": [api(true, ["s/EndpointSg"])]})
	count(ept_005.deny) == 0 with input as d
	count(ept_005.unknown) == 0 with input as d
}

test_private_dns_disabled_is_a_finding if {
	d := snap.doc({"security_groups": [snap.endpoint_group], "vpc_endpoints": [api(false, ["s/EndpointSg"])]})
	findings := ept_005.deny with input as d
	snap.ids(findings) == {"s/EcrApi"}
	some f in findings
	startswith(f.message, "Interface endpoint EcrApi (ecr.api) is not usable from its VPC: private DNS is disabled")
}

test_group_without_https_from_the_vpc_is_a_finding if {
	group := snap.security_group("s/EndpointSg", [snap.sg_rule("tcp", 443, 443, ["192.168.0.0/16"], [])])
	d := snap.doc({"security_groups": [group], "vpc_endpoints": [api(true, ["s/EndpointSg"])]})
	findings := ept_005.deny with input as d
	some f in findings
	f.resource == "s/EcrApi"
	contains(f.message, "do not admit TCP 443 from VPC Vpc (10.0.0.0/16)")
}

test_group_admitting_the_workloads_group_passes if {
	group := snap.security_group("s/EndpointSg", [snap.sg_rule("tcp", 443, 443, [], ["s/AppSg"])])
	d := snap.doc({
		"security_groups": [group],
		"vpc_endpoints": [api(true, ["s/EndpointSg"])],
		"ecs_services": [snap.service("s/Api", ["s/PrivateA"], ["s/AppSg"])],
	})
	count(ept_005.deny) == 0 with input as d
}

test_group_outside_the_snapshot_is_unknown if {
	d := snap.doc({"vpc_endpoints": [api(true, ["sg-0123456789abcdef0"])]})
	count(ept_005.deny) == 0 with input as d
	unknowns := ept_005.unknown with input as d
	some u in unknowns
	u.resource == "s/EcrApi"
	contains(u.reason, "sg-0123456789abcdef0")
}

test_gateway_endpoints_are_not_judged if {
	d := snap.doc({"vpc_endpoints": [snap.endpoint("s/S3", "s3", "gateway", [], ["s/PrivateRt"], [])]})
	count(ept_005.deny) == 0 with input as d
	count(ept_005.unknown) == 0 with input as d
}

test_group_admitting_https_only_from_a_prefix_list_is_unknown if {
	rule := object.union(snap.sg_rule("tcp", 443, 443, ["192.168.0.0/16"], []), {"prefix_list_ids": ["pl-12345"]})
	group := snap.security_group("s/EndpointSg", [rule])
	d := snap.doc({"security_groups": [group], "vpc_endpoints": [api(true, ["s/EndpointSg"])]})
	count(ept_005.deny) == 0 with input as d
	unknowns := ept_005.unknown with input as d
	snap.ids(unknowns) == {"s/EcrApi"}
	some u in unknowns
	contains(u.reason, "security group EndpointSg admits tcp 443 from prefix list pl-12345, whose entries the snapshot does not hold")
}

kept := "condition Https of HttpsIn could not be evaluated (parameter Https has no value); the entry is kept"

test_group_admitting_https_from_the_vpc_only_by_a_rule_that_may_not_exist_is_unknown if {
	group := snap.security_group("s/EndpointSg", [
		snap.sg_rule("tcp", 22, 22, ["10.0.0.0/16"], []),
		snap.sg_rule("tcp", 443, 443, ["10.0.0.0/16"], []),
	])
	d := snap.doc({
		"security_groups": [group], "vpc_endpoints": [api(true, ["s/EndpointSg"])],
		"gaps": [snap.gap("s/EndpointSg", "/ingress/1", kept)],
	})
	count(ept_005.deny) == 0 with input as d
	unknowns := ept_005.unknown with input as d
	snap.ids(unknowns) == {"s/EcrApi"}
	some u in unknowns
	contains(u.reason, sprintf("security group EndpointSg admits TCP 443 from the VPC by a rule that may not exist: %s", [kept]))
}

test_a_rule_that_may_not_exist_beside_one_that_admits_the_vpc_passes if {
	group := snap.security_group("s/EndpointSg", [
		snap.sg_rule("tcp", 443, 443, ["10.0.0.0/16"], []),
		snap.sg_rule("tcp", 443, 443, ["10.0.0.0/8"], []),
	])
	d := snap.doc({
		"security_groups": [group], "vpc_endpoints": [api(true, ["s/EndpointSg"])],
		"gaps": [snap.gap("s/EndpointSg", "/ingress/1", kept)],
	})
	count(ept_005.deny) == 0 with input as d
	count(ept_005.unknown) == 0 with input as d
}

test_group_admitting_https_only_from_an_ipv6_block_that_may_not_exist_is_unknown if {
	group := snap.security_group("s/EndpointSg", [object.union(snap.sg_rule("tcp", 443, 443, [], []), {"ipv6_cidrs": ["2600:1f18:1:100::/56"]})])
	block_kept := "condition Ipv6 of VpcIpv6Block could not be evaluated (parameter Ipv6 has no value); the entry is kept"
	d := object.union(snap.doc({
		"security_groups": [group], "vpc_endpoints": [api(true, ["s/EndpointSg"])],
		"gaps": [snap.gap("s/Vpc", "/ipv6_cidr_blocks/0", block_kept)],
	}), {"vpcs": [object.union(snap.vpc, {"ipv6_cidr_blocks": ["2600:1f18:1:100::/56"]})]})
	count(ept_005.deny) == 0 with input as d
	unknowns := ept_005.unknown with input as d
	some u in unknowns
	contains(u.reason, sprintf("admits TCP 443 from IPv6 block 2600:1f18:1:100::/56 of the VPC, which may not exist: %s", [block_kept]))
}
