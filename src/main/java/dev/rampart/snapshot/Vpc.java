package dev.rampart.snapshot;

import java.util.List;
import java.util.Map;

/** A VPC ({@code vpcs}). */
public record Vpc(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String cidrBlock,
        List<String> ipv6CidrBlocks,
        Boolean isDefault,
        Boolean enableDnsSupport,
        Boolean enableDnsHostnames)
        implements Resource {
    public Vpc {
        tags = Copies.sortedMap(tags);
        ipv6CidrBlocks = Copies.list(ipv6CidrBlocks);
    }
}
