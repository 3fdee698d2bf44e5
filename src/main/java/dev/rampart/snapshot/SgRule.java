package dev.rampart.snapshot;

import java.util.List;

/**
 * One security group rule: a protocol and port range and every peer it admits (sources for ingress,
 * destinations for egress).
 *
 * @param protocol {@code all}, {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6}, or the protocol number
 * @param fromPort first port; 0 for {@code all} and protocols without ports; the ICMP type for ICMP
 * @param toPort last port; 65535 for {@code all} and protocols without ports; the ICMP code for ICMP (-1 = any)
 */
public record SgRule(
        String protocol,
        Integer fromPort,
        Integer toPort,
        List<String> cidrs,
        List<String> ipv6Cidrs,
        List<String> securityGroupIds,
        List<String> prefixListIds,
        String description) {
    public SgRule {
        cidrs = Copies.list(cidrs);
        ipv6Cidrs = Copies.list(ipv6Cidrs);
        securityGroupIds = Copies.list(securityGroupIds);
        prefixListIds = Copies.list(prefixListIds);
    }
}
