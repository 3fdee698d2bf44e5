package rampart.rules.ept_006_test

import data.rampart.rules.ept_006
import data.rampart.test.snapshots as snap

test_endpoint_for_the_vpc_region_passes if {
	d := snap.doc({"vpc_endpoints": snap.all_endpoints})
	count(ept_006.deny) == 0 with input as d
	count(ept_006.unknown) == 0 with input as d
}

test_endpoint_for_another_region_is_a_finding if {
	e := object.union(snap.endpoint("s/EcrApi", "ecr.api", "interface", ["s/PrivateA"], [], []), {
		"service_name": "com.amazonaws.us-east-1.ecr.api", "service_region": "us-east-1",
	})
	findings := ept_006.deny with input as snap.doc({"vpc_endpoints": [e]})
	snap.ids(findings) == {"s/EcrApi"}
	some f in findings
	f.message == "VPC endpoint EcrApi (com.amazonaws.us-east-1.ecr.api) is for region us-east-1 but its VPC is in eu-west-1, so it serves none of the VPC's requests to eu-west-1."
}

test_unresolved_service_region_is_unknown if {
	e := object.union(snap.endpoint("s/EcrApi", "ecr.api", "interface", [], [], []), {"service_name": null, "service_region": null})
	d := snap.doc({
		"vpc_endpoints": [e],
		"gaps": [snap.gap("s/EcrApi", "/service_region", "AWS::Region is not known (give it with --region, or use a CDK environment)")],
	})
	count(ept_006.deny) == 0 with input as d
	unknowns := ept_006.unknown with input as d
	some u in unknowns
	u.resource == "s/EcrApi"
	contains(u.reason, "--region")
}

test_endpoint_service_without_a_region_passes if {
	e := object.union(snap.endpoint("s/Global", "s3-global.accesspoint", "interface", [], [], []), {
		"service_name": "com.amazonaws.s3-global.accesspoint", "service_region": null,
	})
	d := snap.doc({"vpc_endpoints": [e]})
	count(ept_006.deny) == 0 with input as d
	count(ept_006.unknown) == 0 with input as d
}
