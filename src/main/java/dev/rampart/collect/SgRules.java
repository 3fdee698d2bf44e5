package dev.rampart.collect;

import dev.rampart.snapshot.SgRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.IpPermission;
import software.amazon.awssdk.services.ec2.model.IpRange;
import software.amazon.awssdk.services.ec2.model.Ipv6Range;
import software.amazon.awssdk.services.ec2.model.PrefixListId;
import software.amazon.awssdk.services.ec2.model.UserIdGroupPair;

/**
 * Security group permissions as snapshot rules (docs/snapshot.md): one rule per protocol and port range with
 * every peer it admits, the protocol normalised, ports 0–65535 for protocols without ports, ICMP type and code
 * as from/to, peer descriptions joined with {@code "; "} — what the template adapter writes for the same rules.
 */
final class SgRules {
    private SgRules() {}

    private static final class Rule {
        final String protocol;
        final Integer from;
        final Integer to;
        final Set<String> cidrs = new LinkedHashSet<>();
        final Set<String> ipv6Cidrs = new LinkedHashSet<>();
        final Set<String> groups = new LinkedHashSet<>();
        final Set<String> prefixLists = new LinkedHashSet<>();
        final Set<String> descriptions = new LinkedHashSet<>();

        Rule(String protocol, Integer from, Integer to) {
            this.protocol = protocol;
            this.from = from;
            this.to = to;
        }

        void describe(String description) {
            if (description != null && !description.isBlank()) {
                descriptions.add(description);
            }
        }
    }

    static List<SgRule> of(List<IpPermission> permissions) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (IpPermission p : permissions) {
            String protocol = Protocols.normalize(p.ipProtocol());
            Integer from = p.fromPort();
            Integer to = p.toPort();
            if (protocol != null && !Protocols.hasPorts(protocol)) {
                from = 0;
                to = 65535;
            } else if (protocol != null && !Protocols.isIcmp(protocol) && Integer.valueOf(-1).equals(from)
                    && Integer.valueOf(-1).equals(to)) {
                from = 0;
                to = 65535;
            }
            Integer f = from;
            Integer t = to;
            Rule rule = rules.computeIfAbsent(protocol + "|" + from + "|" + to, k -> new Rule(protocol, f, t));
            for (IpRange r : p.ipRanges()) {
                add(rule.cidrs, r.cidrIp());
                rule.describe(r.description());
            }
            for (Ipv6Range r : p.ipv6Ranges()) {
                add(rule.ipv6Cidrs, r.cidrIpv6());
                rule.describe(r.description());
            }
            for (UserIdGroupPair g : p.userIdGroupPairs()) {
                add(rule.groups, g.groupId());
                rule.describe(g.description());
            }
            for (PrefixListId pl : p.prefixListIds()) {
                add(rule.prefixLists, pl.prefixListId());
                rule.describe(pl.description());
            }
        }
        List<SgRule> out = new ArrayList<>();
        for (Rule r : rules.values()) {
            out.add(new SgRule(r.protocol, r.from, r.to, new ArrayList<>(r.cidrs), new ArrayList<>(r.ipv6Cidrs),
                    new ArrayList<>(r.groups), new ArrayList<>(r.prefixLists),
                    r.descriptions.isEmpty() ? null : String.join("; ", r.descriptions)));
        }
        return out;
    }

    private static void add(Set<String> peers, String peer) {
        if (peer != null) {
            peers.add(peer);
        }
    }
}
