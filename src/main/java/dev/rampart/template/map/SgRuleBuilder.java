package dev.rampart.template.map;

import dev.rampart.snapshot.SgRule;
import dev.rampart.template.resolve.Value;
import dev.rampart.template.resolve.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the rules of one direction of a security group (inline and standalone) and writes them as the
 * snapshot does: one rule per protocol and port range, listing every peer it admits.
 */
final class SgRuleBuilder {
    /** Where a rule's peer goes: the snapshot list of its kind. */
    enum PeerKind {
        CIDR, IPV6_CIDR, GROUP, PREFIX_LIST
    }

    private static final class Group {
        Value protocol;
        String normalizedProtocol;
        Value from;
        Value to;
        Integer fromPort;
        Integer toPort;
        final Map<PeerKind, List<Value>> peers = new LinkedHashMap<>();
        final Set<String> descriptions = new LinkedHashSet<>();
        /** The standalone resource of a rule that may not exist (its condition is unknown), else null. */
        TemplateResource uncertain;
    }

    private final Map<Object, Group> groups = new LinkedHashMap<>();

    /** Adds one inline CloudFormation rule (a map of a group's {@code SecurityGroupIngress}/{@code Egress}). */
    void add(Value rule, boolean ingress) {
        add(rule, ingress, null);
    }

    /**
     * Adds a standalone {@code SecurityGroupIngress}/{@code Egress} resource. One whose condition could not be
     * evaluated stays a rule of its own, so that the gap saying it may not exist points at it alone and not at
     * rules that exist for certain.
     */
    void add(TemplateResource standalone, boolean ingress) {
        add(standalone.properties(), ingress, standalone.included().isUnknown() ? standalone : null);
    }

    private void add(Value rule, boolean ingress, TemplateResource uncertain) {
        Value protocol = Fields.get(rule, "IpProtocol");
        String protocolText = protocol == null ? null : Values.scalarText(protocol);
        String normalized = protocolText == null ? null : Protocols.normalize(protocolText);
        Value from = Fields.get(rule, "FromPort");
        Value to = Fields.get(rule, "ToPort");
        Integer fromPort = null;
        Integer toPort = null;
        if (normalized != null && !Protocols.hasPorts(normalized)) {
            fromPort = 0;
            toPort = 65535;
        } else if (normalized != null) {
            fromPort = port(from);
            toPort = port(to);
            if (!Protocols.isIcmp(normalized) && fromPort != null && toPort != null && fromPort == -1 && toPort == -1) {
                fromPort = 0;
                toPort = 65535;
            }
        }
        Object key = normalized != null && fromPort != null && toPort != null && uncertain == null
                ? normalized + "|" + fromPort + "|" + toPort
                : new Object(); // something unknown: a rule of its own
        Group g = groups.computeIfAbsent(key, k -> new Group());
        g.uncertain = uncertain;
        g.protocol = protocol;
        g.normalizedProtocol = normalized;
        g.from = from;
        g.to = to;
        g.fromPort = fromPort;
        g.toPort = toPort;
        String dir = ingress ? "Source" : "Destination";
        peer(g, PeerKind.CIDR, Fields.get(rule, "CidrIp"));
        peer(g, PeerKind.IPV6_CIDR, Fields.get(rule, "CidrIpv6"));
        peer(g, PeerKind.GROUP, Fields.get(rule, dir + "SecurityGroupId"));
        peer(g, PeerKind.GROUP, ingress ? Fields.get(rule, "SourceSecurityGroupName") : null);
        peer(g, PeerKind.PREFIX_LIST, Fields.get(rule, dir + "PrefixListId"));
        String description = Values.scalarText(Fields.get(rule, "Description") == null
                ? Value.NULL : Fields.get(rule, "Description"));
        if (description != null && !description.isEmpty()) {
            g.descriptions.add(description);
        }
    }

    /** Adds a rule that is already known (AWS's defaults). */
    void addKnown(String protocol, int from, int to, PeerKind kind, String peer) {
        Object key = protocol + "|" + from + "|" + to;
        Group g = groups.computeIfAbsent(key, k -> new Group());
        g.protocol = new Value.Text(protocol);
        g.normalizedProtocol = protocol;
        g.fromPort = from;
        g.toPort = to;
        peer(g, kind, new Value.Text(peer));
    }

    private static void peer(Group g, PeerKind kind, Value v) {
        if (v != null) {
            g.peers.computeIfAbsent(kind, k -> new ArrayList<>()).add(v);
        }
    }

    private static Integer port(Value v) {
        String text = v == null ? null : Values.scalarText(v);
        if (text == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The merged rules; unknown parts become null with gaps under {@code pointer} (e.g. {@code /ingress}). */
    List<SgRule> build(MappingContext ctx, Fields group, String pointer) {
        List<SgRule> rules = new ArrayList<>();
        for (Group g : groups.values()) {
            String at = pointer + "/" + rules.size();
            if (g.uncertain != null) {
                ctx.folded(g.uncertain, group, at);
            }
            String protocol = g.normalizedProtocol;
            if (protocol == null) {
                protocol = g.protocol == null ? null : group.string(at + "/protocol", g.protocol);
                if (g.protocol == null) {
                    group.note(at + "/protocol", "the rule has no IpProtocol");
                }
            }
            Integer from = g.fromPort != null ? g.fromPort : group.integer(at + "/from_port", g.from);
            Integer to = g.toPort != null ? g.toPort : group.integer(at + "/to_port", g.to);
            rules.add(new SgRule(protocol, from, to,
                    peers(group, g, PeerKind.CIDR, at + "/cidrs"),
                    peers(group, g, PeerKind.IPV6_CIDR, at + "/ipv6_cidrs"),
                    peers(group, g, PeerKind.GROUP, at + "/security_group_ids"),
                    peers(group, g, PeerKind.PREFIX_LIST, at + "/prefix_list_ids"),
                    g.descriptions.isEmpty() ? null : String.join("; ", g.descriptions)));
        }
        return rules;
    }

    private static List<String> peers(Fields group, Group g, PeerKind kind, String pointer) {
        List<String> out = new ArrayList<>();
        for (Value v : g.peers.getOrDefault(kind, List.of())) {
            String s = group.string(pointer + "/" + out.size(), v);
            if (s == null || !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}
