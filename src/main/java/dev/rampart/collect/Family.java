package dev.rampart.collect;

import java.util.List;
import java.util.function.Consumer;

/**
 * One kind of work done in every account and region: a resource family and the calls it takes
 * (VPCs with their DNS attributes, ECS clusters with their services and task definitions, …).
 *
 * @param name what it collects, for progress and messages
 */
record Family(String name, Consumer<RegionScope> collector) {

    /** Every family, each independent of the others, so they run at once. */
    static final List<Family> ALL = List.of(
            new Family("vpcs", VpcCollector::collect),
            new Family("subnets", SubnetCollector::collect),
            new Family("route tables", RouteTableCollector::collect),
            new Family("internet gateways", GatewayCollector::internetGateways),
            new Family("egress-only internet gateways", GatewayCollector::egressOnlyInternetGateways),
            new Family("NAT gateways", GatewayCollector::natGateways),
            new Family("instances", InstanceCollector::collect),
            new Family("Auto Scaling groups", AutoScalingCollector::collect),
            new Family("security groups", SecurityGroupCollector::collect),
            new Family("network ACLs", NetworkAclCollector::collect),
            new Family("VPC endpoints", VpcEndpointCollector::collect),
            new Family("ECS", EcsCollector::collect),
            new Family("load balancers", LoadBalancerCollector::collect));

    void collect(RegionScope scope) {
        collector.accept(scope);
    }
}
