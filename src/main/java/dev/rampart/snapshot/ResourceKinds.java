package dev.rampart.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The resource kinds of the document: their collection names and sorting resources into them. */
final class ResourceKinds {
    private ResourceKinds() {}

    /** Collection names in document order. */
    static final List<String> COLLECTIONS = List.of(
            "vpcs", "subnets", "route_tables", "internet_gateways", "egress_only_internet_gateways",
            "nat_gateways", "instances", "auto_scaling_groups", "security_groups", "network_acls",
            "vpc_endpoints", "ecs_clusters", "ecs_services", "ecs_task_definitions", "load_balancers",
            "listeners", "target_groups");

    static String collectionOf(Resource r) {
        return switch (r) {
            case Vpc x -> "vpcs";
            case Subnet x -> "subnets";
            case RouteTable x -> "route_tables";
            case InternetGateway x -> "internet_gateways";
            case EgressOnlyInternetGateway x -> "egress_only_internet_gateways";
            case NatGateway x -> "nat_gateways";
            case Instance x -> "instances";
            case AutoScalingGroup x -> "auto_scaling_groups";
            case SecurityGroup x -> "security_groups";
            case NetworkAcl x -> "network_acls";
            case VpcEndpoint x -> "vpc_endpoints";
            case EcsCluster x -> "ecs_clusters";
            case EcsService x -> "ecs_services";
            case EcsTaskDefinition x -> "ecs_task_definitions";
            case LoadBalancer x -> "load_balancers";
            case Listener x -> "listeners";
            case TargetGroup x -> "target_groups";
        };
    }

    /** Resources sorted into one list per kind. */
    static final class Buckets {
        final List<Vpc> vpcs = new ArrayList<>();
        final List<Subnet> subnets = new ArrayList<>();
        final List<RouteTable> routeTables = new ArrayList<>();
        final List<InternetGateway> internetGateways = new ArrayList<>();
        final List<EgressOnlyInternetGateway> egressOnlyInternetGateways = new ArrayList<>();
        final List<NatGateway> natGateways = new ArrayList<>();
        final List<Instance> instances = new ArrayList<>();
        final List<AutoScalingGroup> autoScalingGroups = new ArrayList<>();
        final List<SecurityGroup> securityGroups = new ArrayList<>();
        final List<NetworkAcl> networkAcls = new ArrayList<>();
        final List<VpcEndpoint> vpcEndpoints = new ArrayList<>();
        final List<EcsCluster> ecsClusters = new ArrayList<>();
        final List<EcsService> ecsServices = new ArrayList<>();
        final List<EcsTaskDefinition> ecsTaskDefinitions = new ArrayList<>();
        final List<LoadBalancer> loadBalancers = new ArrayList<>();
        final List<Listener> listeners = new ArrayList<>();
        final List<TargetGroup> targetGroups = new ArrayList<>();
    }

    static Buckets sort(Collection<? extends Resource> resources) {
        Buckets b = new Buckets();
        for (Resource r : resources) {
            switch (r) {
                case Vpc x -> b.vpcs.add(x);
                case Subnet x -> b.subnets.add(x);
                case RouteTable x -> b.routeTables.add(x);
                case InternetGateway x -> b.internetGateways.add(x);
                case EgressOnlyInternetGateway x -> b.egressOnlyInternetGateways.add(x);
                case NatGateway x -> b.natGateways.add(x);
                case Instance x -> b.instances.add(x);
                case AutoScalingGroup x -> b.autoScalingGroups.add(x);
                case SecurityGroup x -> b.securityGroups.add(x);
                case NetworkAcl x -> b.networkAcls.add(x);
                case VpcEndpoint x -> b.vpcEndpoints.add(x);
                case EcsCluster x -> b.ecsClusters.add(x);
                case EcsService x -> b.ecsServices.add(x);
                case EcsTaskDefinition x -> b.ecsTaskDefinitions.add(x);
                case LoadBalancer x -> b.loadBalancers.add(x);
                case Listener x -> b.listeners.add(x);
                case TargetGroup x -> b.targetGroups.add(x);
            }
        }
        return b;
    }
}
