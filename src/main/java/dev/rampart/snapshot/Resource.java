package dev.rampart.snapshot;

import java.util.Map;

/**
 * A resource in the snapshot document. Every kind has these fields first (in this order), then its own.
 *
 * <p>Tag values may be {@code null} (a template tag whose value could not be resolved); the tags map
 * itself is {@code null} only when a template's whole {@code Tags} property could not be resolved.
 */
public sealed interface Resource
        permits Vpc, Subnet, RouteTable, InternetGateway, EgressOnlyInternetGateway, NatGateway, Instance,
                AutoScalingGroup, SecurityGroup, NetworkAcl, VpcEndpoint, EcsCluster, EcsService,
                EcsTaskDefinition, LoadBalancer, Listener, TargetGroup {

    /** Stable id: the AWS id or ARN (live), or {@code <stack name>/<logical id>} (templates). */
    String id();

    String account();

    String region();

    Map<String, String> tags();

    Location location();

    /** The document's collection this kind is listed under, e.g. {@code route_tables}. */
    default String collection() {
        return ResourceKinds.collectionOf(this);
    }
}
