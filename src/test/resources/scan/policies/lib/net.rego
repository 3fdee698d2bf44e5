package rampart.lib.test

subnet(id) := s if {
	some s in input.subnets
	s.id == id
}

# A subnet is public when a route table associated with it sends 0.0.0.0/0 to an internet gateway.
public(subnet_id) if {
	some rt in input.route_tables
	some a in rt.associations
	a.subnet_id == subnet_id
	some r in rt.routes
	r.destination == "0.0.0.0/0"
	r.target.kind == "igw"
}

internet_facing(lb_id) if {
	some lb in input.load_balancers
	lb.id == lb_id
	lb.scheme == "internet-facing"
}
