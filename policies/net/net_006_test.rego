package rampart.rules.net_006_test

import data.rampart.rules.net_006
import data.rampart.test.snapshots as snap

alb := snap.load_balancer("s/Alb", "internet-facing", ["s/PublicA", "s/PublicB"], ["eu-west-1a", "eu-west-1b"], ["s/AlbSg"])

behind_lb(groups) := object.union(snap.service("s/Web", ["s/PrivateA"], groups), {"load_balancers": [{
	"target_group_id": "s/WebTg", "load_balancer_name": null, "container_name": "app", "container_port": 80,
}]})

doc(groups, service_groups) := snap.doc({
	"security_groups": groups,
	"load_balancers": [alb],
	"target_groups": [snap.target_group("s/WebTg", ["s/Alb"])],
	"ecs_services": [behind_lb(service_groups)],
})

test_task_group_admitting_only_the_load_balancer_passes if {
	web := snap.security_group("s/WebSg", [snap.sg_rule("tcp", 80, 80, [], ["s/AlbSg"])])
	d := doc([web], ["s/WebSg"])
	count(net_006.deny) == 0 with input as d
	count(net_006.unknown) == 0 with input as d
}

test_cidr_source_on_the_container_port_is_a_finding if {
	web := snap.security_group("s/WebSg", [
		snap.sg_rule("tcp", 80, 80, [], ["s/AlbSg"]),
		snap.sg_rule("tcp", 0, 65535, ["10.0.0.0/16"], []),
	])
	findings := net_006.deny with input as doc([web], ["s/WebSg"])
	snap.ids(findings) == {"s/Web"}
	some f in findings
	startswith(f.message, "ECS service web is behind a load balancer but its tasks also admit CIDR ranges")
	contains(f.message, "WebSg admits tcp 0-65535 from 10.0.0.0/16")
	contains(f.message, "AlbSg")
}

test_cidr_source_on_another_port_passes if {
	web := snap.security_group("s/WebSg", [
		snap.sg_rule("tcp", 80, 80, [], ["s/AlbSg"]),
		snap.sg_rule("tcp", 9090, 9090, ["10.0.0.0/16"], []),
	])
	count(net_006.deny) == 0 with input as doc([web], ["s/WebSg"])
}

test_network_load_balancer_without_security_groups_is_not_judged if {
	nlb := object.union(snap.load_balancer("s/Nlb", "internal", ["s/PrivateA"], ["eu-west-1a"], []), {"type": "network"})
	tg := object.union(snap.target_group("s/WebTg", ["s/Nlb"]), {"protocol": "TCP"})
	web := snap.security_group("s/WebSg", [snap.sg_rule("tcp", 80, 80, ["10.0.0.0/16"], [])])
	d := snap.doc({"security_groups": [web], "load_balancers": [nlb], "target_groups": [tg], "ecs_services": [behind_lb(["s/WebSg"])]})
	count(net_006.deny) == 0 with input as d
	count(net_006.unknown) == 0 with input as d
}

test_unknown_task_groups_are_unknown if {
	d := doc([], null)
	count(net_006.deny) == 0 with input as d
	snap.ids(net_006.unknown) == {"s/Web"} with input as d
}

test_bridge_mode_service_is_unknown if {
	svc := object.union(behind_lb(null), {"network_mode": "bridge", "launch_type": "EC2", "subnet_ids": null})
	d := snap.doc({"load_balancers": [alb], "target_groups": [snap.target_group("s/WebTg", ["s/Alb"])], "ecs_services": [svc]})
	count(net_006.deny) == 0 with input as d
	unknowns := net_006.unknown with input as d
	some u in unknowns
	u.resource == "s/Web"
	contains(u.reason, "bridge mode")
}

test_services_without_load_balancers_are_not_judged if {
	web := snap.security_group("s/WebSg", [snap.sg_rule("tcp", 80, 80, ["10.0.0.0/16"], [])])
	d := snap.doc({"security_groups": [web], "ecs_services": [snap.service("s/Web", ["s/PrivateA"], ["s/WebSg"])]})
	count(net_006.deny) == 0 with input as d
	count(net_006.unknown) == 0 with input as d
}

test_prefix_list_source_on_the_container_port_is_unknown if {
	web := snap.security_group("s/WebSg", [
		snap.sg_rule("tcp", 80, 80, [], ["s/AlbSg"]),
		object.union(snap.sg_rule("tcp", 80, 80, [], []), {"prefix_list_ids": ["pl-12345"]}),
	])
	d := doc([web], ["s/WebSg"])
	count(net_006.deny) == 0 with input as d
	unknowns := net_006.unknown with input as d
	snap.ids(unknowns) == {"s/Web"}
	some u in unknowns
	contains(u.reason, "security group WebSg admits tcp 80 from prefix list pl-12345, whose entries the snapshot does not hold")
}

test_prefix_list_source_on_another_port_passes if {
	web := snap.security_group("s/WebSg", [
		snap.sg_rule("tcp", 80, 80, [], ["s/AlbSg"]),
		object.union(snap.sg_rule("tcp", 22, 22, [], []), {"prefix_list_ids": ["pl-12345"]}),
	])
	d := doc([web], ["s/WebSg"])
	count(net_006.deny) == 0 with input as d
	count(net_006.unknown) == 0 with input as d
}

test_cidr_source_by_a_rule_that_may_not_exist_is_unknown_quoting_its_gap if {
	web := snap.security_group("s/WebSg", [
		snap.sg_rule("tcp", 80, 80, [], ["s/AlbSg"]),
		snap.sg_rule("tcp", 80, 80, ["10.0.0.0/16"], []),
	])
	kept := "condition Direct of DirectIn could not be evaluated (parameter Direct has no value); the entry is kept"
	d := object.union(doc([web], ["s/WebSg"]), {"gaps": [snap.gap("s/WebSg", "/ingress/1", kept)]})
	count(net_006.deny) == 0 with input as d
	unknowns := net_006.unknown with input as d
	snap.ids(unknowns) == {"s/Web"}
	some u in unknowns
	contains(u.reason, sprintf("WebSg admits tcp 80 from 10.0.0.0/16, by a rule that may not exist: %s", [kept]))
}
