package dev.rampart.template.map;

import dev.rampart.snapshot.Location;
import java.util.List;

/**
 * What other mappers need to know about a template VPC: its CIDR blocks (for local routes) and where it
 * is (for the implicit resources AWS creates with it).
 *
 * @param cidrBlocks the primary IPv4 block first (null when unknown), then secondary ones
 * @param ipv6CidrBlocks IPv6 blocks; an Amazon-assigned block is null
 */
record VpcFacts(
        String id, String account, String region, Location location, List<String> cidrBlocks,
        List<String> ipv6CidrBlocks) {

    boolean hasIpv6() {
        return !ipv6CidrBlocks.isEmpty();
    }
}
