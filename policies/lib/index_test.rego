package rampart.lib.index_test

import data.rampart.lib.index
import data.rampart.test.snapshots as snap

test_name_prefers_the_resource_name_then_the_name_tag_then_the_logical_id if {
	index.name({"id": "s/Alb", "name": "shop-alb", "tags": {"Name": "tagged"}, "location": snap.loc("s/Alb")}) == "shop-alb"
	index.name({"id": "s/Vpc", "tags": {"Name": "prod-vpc"}, "location": snap.loc("s/Vpc")}) == "prod-vpc"
	index.name({"id": "s/Vpc", "tags": {"Name": null}, "location": snap.loc("s/Vpc")}) == "Vpc"
	index.name({"id": "vpc-0abc", "tags": {}, "location": {"logical_id": null}}) == "vpc-0abc"
}

test_implicit_resources_are_named_by_their_id if {
	index.name(snap.main_route_table) == "s/Vpc#main-route-table"
}

test_references_outside_the_snapshot_keep_their_value if {
	index.ref_name("s/PublicA") == "PublicA" with input as snap.network
	index.ref_name("subnet-0abc") == "subnet-0abc" with input as snap.network
	index.ref_name(null) == "(unresolved)" with input as snap.network
}

test_capitalize if {
	index.capitalize("load balancer web") == "Load balancer web"
}
