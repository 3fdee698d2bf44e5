package dev.rampart.snapshot;

import java.util.Map;

/** A subnet ({@code subnets}). */
public record Subnet(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String vpcId,
        String cidrBlock,
        String ipv6CidrBlock,
        String availabilityZone,
        Boolean mapPublicIpOnLaunch)
        implements Resource {
    public Subnet {
        tags = Copies.sortedMap(tags);
    }
}
