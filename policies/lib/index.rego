# Lookups by snapshot id, and the names people know resources by.
#
# Every collection is turned into an id → resource object once per evaluation, so that a rule
# resolves a reference in constant time instead of scanning the collection for each one.
package rampart.lib.index

# The snapshot collections that hold resources (docs/snapshot.md).
kinds := [
	"vpcs", "subnets", "route_tables", "internet_gateways", "egress_only_internet_gateways",
	"nat_gateways", "instances", "auto_scaling_groups", "security_groups", "network_acls",
	"vpc_endpoints", "ecs_clusters", "ecs_services", "ecs_task_definitions", "load_balancers",
	"listeners", "target_groups",
]

vpcs := {r.id: r | some r in input.vpcs}

subnets := {r.id: r | some r in input.subnets}

route_tables := {r.id: r | some r in input.route_tables}

security_groups := {r.id: r | some r in input.security_groups}

load_balancers := {r.id: r | some r in input.load_balancers}

target_groups := {r.id: r | some r in input.target_groups}

ecs_task_definitions := {r.id: r | some r in input.ecs_task_definitions}

# Any resource by id, whatever its kind.
resources := {r.id: r | some kind in kinds; some r in input[kind]}

# The name a person knows a resource by: its own name (services, load balancers, clusters), its
# Name tag, its logical id in a template, else its id. Resources a template only implies (a VPC's
# main route table, default ACL and default security group) carry their VPC's location, so their
# logical id would name the VPC: they are called by their id, which says what they are.
name(r) := r.id if {
	r.implicit == true
} else := n if {
	n := r.name
	is_string(n)
	n != ""
} else := n if {
	n := r.tags.Name
	is_string(n)
	n != ""
} else := n if {
	n := r.location.logical_id
	is_string(n)
	n != ""
} else := r.id

# The name of the resource a reference points to; the reference itself when the snapshot does not
# hold it, and a placeholder when it could not be resolved at all.
ref_name(ref) := n if {
	n := name(resources[ref])
} else := ref if {
	is_string(ref)
} else := "(unresolved)"

# Names of a list of references, joined for a message.
ref_names(refs) := concat(", ", [ref_name(ref) | some ref in refs])

# A message starts with its subject: "load balancer web" → "Load balancer web".
capitalize(s) := concat("", [upper(substring(s, 0, 1)), substring(s, 1, -1)])
