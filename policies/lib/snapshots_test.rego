# Hand-made snapshot documents for the policy tests: one VPC (stack "s", eu-west-1) with public,
# private (NAT) and isolated subnets, and builders for the resources the rules judge. Every builder
# writes every field docs/snapshot.md promises, so the tests read the same shapes as a real scan.
package rampart.test.snapshots

loc(id) := {
	"file": "test.yaml", "line": 1, "column": 3, "stack": "s",
	"logical_id": split(id, "/")[1], "construct_path": null, "arn": null,
}

base(id) := {"id": id, "account": "111111111111", "region": "eu-west-1", "tags": {}, "location": loc(id)}

# The configuration the tests use (the shipped defaults, or the part a test needs).
config := {
	"sensitivity_tags": {"data-classification": ["sensitive", "confidential"]},
	"environment_tag_keys": ["env", "environment", "Environment"],
	"required_endpoint_services": {"ecr.api": "interface", "ecr.dkr": "interface", "s3": "gateway", "logs": "interface"},
	"ssl_policy_allowlist": ["ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-TLS-1-2-2017-01"],
}

vpc := object.union(base("s/Vpc"), {
	"cidr_block": "10.0.0.0/16", "ipv6_cidr_blocks": [], "is_default": false,
	"enable_dns_support": true, "enable_dns_hostnames": true,
})

subnet(id, az) := object.union(base(id), {
	"vpc_id": "s/Vpc", "cidr_block": null, "ipv6_cidr_block": null,
	"availability_zone": az, "map_public_ip_on_launch": false,
})

route(destination, kind, target) := {
	"destination": destination, "destination_kind": "ipv4",
	"target": {"kind": kind, "id": target},
}

local_route := route("10.0.0.0/16", "local", "local")

route_table(id, subnets, routes) := object.union(base(id), {
	"vpc_id": "s/Vpc", "main": false, "implicit": false,
	"associations": [{"subnet_id": s} | some s in subnets],
	"routes": array.concat([local_route], routes),
})

main_route_table := object.union(route_table("s/Vpc#main-route-table", [], []), {"main": true, "implicit": true})

# Public: PublicA, PublicB (0.0.0.0/0 → internet gateway). Private with NAT: PrivateA, PrivateB.
# Private without any default route: IsolatedA (explicit table) and MainOnly (the main table).
network := {
	"schema_version": "1.0",
	"vpcs": [vpc],
	"subnets": [
		subnet("s/PublicA", "eu-west-1a"), subnet("s/PublicB", "eu-west-1b"),
		subnet("s/PrivateA", "eu-west-1a"), subnet("s/PrivateB", "eu-west-1b"),
		subnet("s/IsolatedA", "eu-west-1a"), subnet("s/MainOnly", "eu-west-1c"),
	],
	"route_tables": [
		route_table("s/PublicRt", ["s/PublicA", "s/PublicB"], [route("0.0.0.0/0", "igw", "s/Igw")]),
		route_table("s/PrivateRt", ["s/PrivateA", "s/PrivateB"], [route("0.0.0.0/0", "nat", "s/Nat")]),
		route_table("s/IsolatedRt", ["s/IsolatedA"], []),
		main_route_table,
	],
	"internet_gateways": [object.union(base("s/Igw"), {"attachments": [{"vpc_id": "s/Vpc"}]})],
	"egress_only_internet_gateways": [],
	"nat_gateways": [object.union(base("s/Nat"), {"subnet_id": "s/PublicA", "connectivity_type": "public"})],
	"gaps": [],
}

# network with more resources: each array of extra is appended to the collection of that name.
doc(extra) := object.union(network, {k: array.concat(object.get(network, k, []), v) | some k, v in extra})

gap(resource, field, reason) := {
	"kind": "unresolved", "resource": resource, "field": field, "reason": reason,
	"location": null, "account": null, "region": null, "api": null, "error_code": null,
}

instance(id, subnet_id, groups) := object.union(base(id), {
	"subnet_id": subnet_id, "security_group_ids": groups, "associate_public_ip": null,
	"image_id": "ami-0123456789abcdef0", "instance_type": "t3.micro",
})

asg(id, subnets, groups) := object.union(base(id), {
	"subnet_ids": subnets, "availability_zones": null,
	"launch_template": {"id": "lt-0123456789abcdef0", "version": "1"}, "launch_configuration": null,
	"security_group_ids": groups, "associate_public_ip": null,
})

task_definition(id, log_driver) := object.union(base(id), {
	"family": split(id, "/")[1], "network_mode": "awsvpc", "requires_compatibilities": ["FARGATE"],
	"containers": [{
		"name": "app", "image": "public.ecr.aws/nginx/nginx:stable",
		"port_mappings": [{"container_port": 80, "host_port": 80, "protocol": "tcp", "name": "http", "app_protocol": "http"}],
		"log_driver": log_driver,
	}],
})

service(id, subnets, groups) := object.union(base(id), {
	"name": lower(split(id, "/")[1]), "cluster_id": "s/Cluster", "task_definition_id": "s/Task",
	"launch_type": "FARGATE", "capacity_providers": [], "network_mode": "awsvpc",
	"subnet_ids": subnets, "security_group_ids": groups, "assign_public_ip": false,
	"load_balancers": [], "service_connect": null,
})

sg_rule(protocol, from, to, cidrs, groups) := {
	"protocol": protocol, "from_port": from, "to_port": to, "cidrs": cidrs, "ipv6_cidrs": [],
	"security_group_ids": groups, "prefix_list_ids": [], "description": null,
}

security_group(id, ingress) := object.union(base(id), {
	"vpc_id": "s/Vpc", "group_name": null, "description": "test", "implicit": false,
	"ingress": ingress, "egress": [sg_rule("all", 0, 65535, ["0.0.0.0/0"], [])],
})

endpoint(id, svc, type, subnets, route_tables, groups) := object.union(base(id), {
	"vpc_id": "s/Vpc", "service_name": sprintf("com.amazonaws.eu-west-1.%s", [svc]), "service": svc,
	"service_region": "eu-west-1", "type": type, "subnet_ids": subnets, "route_table_ids": route_tables,
	"private_dns_enabled": type == "interface", "security_group_ids": groups,
})

# The four endpoints private workloads need, all correct (the endpoint group admits the VPC CIDR).
endpoint_group := security_group("s/EndpointSg", [sg_rule("tcp", 443, 443, ["10.0.0.0/16"], [])])

all_endpoints := [
	endpoint("s/EcrApi", "ecr.api", "interface", ["s/PrivateA", "s/PrivateB"], [], ["s/EndpointSg"]),
	endpoint("s/EcrDkr", "ecr.dkr", "interface", ["s/PrivateA", "s/PrivateB"], [], ["s/EndpointSg"]),
	endpoint("s/S3", "s3", "gateway", [], ["s/PrivateRt", "s/IsolatedRt", "s/Vpc#main-route-table"], []),
	endpoint("s/Logs", "logs", "interface", ["s/PrivateA", "s/PrivateB"], [], ["s/EndpointSg"]),
]

load_balancer(id, scheme, subnets, zones, groups) := object.union(base(id), {
	"name": lower(split(id, "/")[1]), "type": "application", "scheme": scheme, "vpc_id": "s/Vpc",
	"subnet_ids": subnets, "availability_zones": zones, "security_group_ids": groups,
})

target_group(id, lbs) := object.union(base(id), {
	"name": null, "vpc_id": "s/Vpc", "protocol": "HTTP", "port": 80, "target_type": "ip",
	"load_balancer_ids": lbs,
})

forward(tg) := {"type": "forward", "target_group_ids": [tg], "redirect": null}

redirect(protocol) := {"type": "redirect", "target_group_ids": [], "redirect": {
	"protocol": protocol, "port": "443", "host": "#{host}", "path": "/#{path}",
	"query": "#{query}", "status_code": "HTTP_301",
}}

listener(id, lb, protocol, port, policy, actions) := object.union(base(id), {
	"load_balancer_id": lb, "protocol": protocol, "port": port, "ssl_policy": policy,
	"default_actions": actions,
})

acl_entry(number, egress, action, protocol, cidr) := {
	"rule_number": number, "egress": egress, "rule_action": action, "protocol": protocol,
	"cidr": cidr, "ipv6_cidr": null, "from_port": 0, "to_port": 65535,
}

network_acl(id, default_acl, subnets, entries) := object.union(base(id), {
	"vpc_id": "s/Vpc", "default": default_acl, "implicit": default_acl, "subnet_ids": subnets,
	"entries": array.concat(entries, [
		acl_entry(32767, false, "deny", "all", "0.0.0.0/0"),
		acl_entry(32767, true, "deny", "all", "0.0.0.0/0"),
	]),
})

# The resource ids of a set of findings or unknowns.
ids(results) := {r.resource | some r in results}
