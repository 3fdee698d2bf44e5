package dev.rampart.snapshot;

import java.util.Map;

/** An egress-only internet gateway ({@code egress_only_internet_gateways}). */
public record EgressOnlyInternetGateway(
        String id, String account, String region, Map<String, String> tags, Location location, String vpcId)
        implements Resource {
    public EgressOnlyInternetGateway {
        tags = Copies.sortedMap(tags);
    }
}
