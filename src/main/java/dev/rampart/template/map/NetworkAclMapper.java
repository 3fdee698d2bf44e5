package dev.rampart.template.map;

import dev.rampart.snapshot.NetworkAcl;
import dev.rampart.template.resolve.ImplicitIds;
import dev.rampart.template.resolve.Value;
import dev.rampart.template.resolve.Values;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Network ACLs with their entries ({@code NetworkAclEntry}) and subnet associations, plus the default ACL
 * AWS creates with every template VPC (allow all, holding the subnets without an explicit association).
 * Every ACL ends with AWS's catch-all deny entries.
 */
final class NetworkAclMapper implements FamilyMapper {
    static final String ACL = "AWS::EC2::NetworkAcl";
    static final String ENTRY = "AWS::EC2::NetworkAclEntry";
    static final String ASSOCIATION = "AWS::EC2::SubnetNetworkAclAssociation";

    /** An entry before its position is known: declared by a template resource, or built in (ready). */
    private record Pending(TemplateResource resource, NetworkAcl.Entry ready, boolean egress, Integer ruleNumber) {}

    private static final Comparator<Pending> ORDER = Comparator.comparing(Pending::egress)
            .thenComparing(Pending::ruleNumber, Comparator.nullsLast(Comparator.naturalOrder()));

    @Override
    public Set<String> types() {
        return Set.of(ACL, ENTRY, ASSOCIATION);
    }

    @Override
    public void map(MappingContext ctx) {
        Map<String, List<TemplateResource>> entries = byAcl(ctx, ENTRY);
        Map<String, List<TemplateResource>> associations = byAcl(ctx, ASSOCIATION);
        Set<String> associatedSubnets = new HashSet<>();
        // Subnets whose only ACL association may not exist (its condition is unknown), with that association.
        Map<String, TemplateResource> maybeAssociated = new HashMap<>();
        for (TemplateResource r : ctx.ofType(ACL)) {
            Fields f = ctx.fields(r);
            String vpcId = f.string("/vpc_id", f.prop("VpcId"));
            List<String> subnets = subnets(ctx, f, associations.get(r.id()), associatedSubnets, maybeAssociated);
            ctx.emit(new NetworkAcl(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(), vpcId,
                    false, false, subnets, entries(ctx, f, entries.get(r.id()), List.of(), ctx.vpc(vpcId))));
        }
        Map<String, List<String>> subnetsOfVpc = new HashMap<>();
        for (TemplateResource subnet : ctx.ofType(SubnetMapper.SUBNET)) {
            if (Fields.get(subnet.properties(), "VpcId") instanceof Value.ResourceRef vpc) {
                subnetsOfVpc.computeIfAbsent(vpc.id(), k -> new ArrayList<>()).add(subnet.id());
            }
        }
        for (VpcFacts vpc : ctx.vpcs()) {
            String id = vpc.id() + ImplicitIds.DEFAULT_NETWORK_ACL;
            Fields f = new Fields(id, vpc.location(), ctx.gaps, null);
            List<String> subnets = subnets(ctx, f, associations.get(id), associatedSubnets, maybeAssociated);
            for (String subnet : subnetsOfVpc.getOrDefault(vpc.id(), List.of())) {
                if (!associatedSubnets.contains(subnet) && !subnets.contains(subnet)) {
                    // Without its association, which may not exist, the subnet stays in the default ACL.
                    TemplateResource maybe = maybeAssociated.get(subnet);
                    if (maybe != null) {
                        ctx.displacedBy(maybe, f, "/subnet_ids/" + subnets.size());
                    }
                    subnets.add(subnet);
                }
            }
            List<NetworkAcl.Entry> allowAll = new ArrayList<>();
            for (boolean egress : new boolean[] {false, true}) {
                allowAll.add(new NetworkAcl.Entry(100, egress, NetworkAcl.RuleAction.ALLOW, Protocols.ALL, "0.0.0.0/0",
                        null, 0, 65535));
                if (vpc.hasIpv6()) {
                    allowAll.add(new NetworkAcl.Entry(101, egress, NetworkAcl.RuleAction.ALLOW, Protocols.ALL, null,
                            "::/0", 0, 65535));
                }
            }
            ctx.emit(new NetworkAcl(id, vpc.account(), vpc.region(), Map.of(), vpc.location(), vpc.id(), true, true,
                    subnets, entries(ctx, f, entries.get(id), allowAll, vpc)));
        }
    }

    private static List<String> subnets(MappingContext ctx, Fields acl, List<TemplateResource> associations,
            Set<String> associated, Map<String, TemplateResource> maybeAssociated) {
        List<String> subnets = new ArrayList<>();
        for (TemplateResource a : associations == null ? List.<TemplateResource>of() : associations) {
            String pointer = "/subnet_ids/" + subnets.size();
            ctx.folded(a, acl, pointer);
            String subnet = acl.string(pointer, Fields.get(a.properties(), "SubnetId"));
            subnets.add(subnet);
            if (subnet == null) {
                continue;
            }
            if (a.included().isUnknown()) {
                maybeAssociated.putIfAbsent(subnet, a);
            } else {
                associated.add(subnet);
            }
        }
        return subnets;
    }

    // Entries ingress first, then egress, each by rule number; AWS's catch-all deny entries last.
    private static List<NetworkAcl.Entry> entries(MappingContext ctx, Fields acl, List<TemplateResource> declared,
            List<NetworkAcl.Entry> builtIn, VpcFacts vpc) {
        List<Pending> pending = new ArrayList<>();
        for (NetworkAcl.Entry b : builtIn) {
            pending.add(new Pending(null, b, b.egress(), b.ruleNumber()));
        }
        for (TemplateResource e : declared == null ? List.<TemplateResource>of() : declared) {
            Value egress = Fields.get(e.properties(), "Egress");
            String number = Values.scalarText(orNull(Fields.get(e.properties(), "RuleNumber")));
            pending.add(new Pending(e, null, "true".equalsIgnoreCase(Values.scalarText(orNull(egress))), parse(number)));
        }
        pending.sort(ORDER);
        List<NetworkAcl.Entry> out = new ArrayList<>();
        for (boolean egress : new boolean[] {false, true}) {
            for (Pending p : pending) {
                if (p.egress() == egress) {
                    if (p.ready() != null) {
                        out.add(p.ready());
                        continue;
                    }
                    String pointer = "/entries/" + out.size();
                    ctx.folded(p.resource(), acl, pointer);
                    out.add(entry(acl, p.resource(), pointer));
                }
            }
            out.add(new NetworkAcl.Entry(32767, egress, NetworkAcl.RuleAction.DENY, Protocols.ALL, "0.0.0.0/0", null,
                    0, 65535));
            if (vpc != null && vpc.hasIpv6()) {
                out.add(new NetworkAcl.Entry(32768, egress, NetworkAcl.RuleAction.DENY, Protocols.ALL, null, "::/0",
                        0, 65535));
            }
        }
        return out;
    }

    private static NetworkAcl.Entry entry(Fields acl, TemplateResource e, String pointer) {
        Value props = e.properties();
        String protocolText = acl.string(pointer + "/protocol", Fields.get(props, "Protocol"));
        String protocol = protocolText == null ? null : Protocols.normalize(protocolText);
        Integer from;
        Integer to;
        if (protocol != null && !Protocols.hasPorts(protocol)) {
            from = 0;
            to = 65535;
        } else if (protocol != null && Protocols.isIcmp(protocol)) {
            Value icmp = Fields.get(props, "Icmp");
            from = acl.integer(pointer + "/from_port", Fields.get(icmp, "Type"));
            to = acl.integer(pointer + "/to_port", Fields.get(icmp, "Code"));
        } else {
            Value range = Fields.get(props, "PortRange");
            from = acl.integer(pointer + "/from_port", Fields.get(range, "From"));
            to = acl.integer(pointer + "/to_port", Fields.get(range, "To"));
        }
        return new NetworkAcl.Entry(
                acl.integer(pointer + "/rule_number", Fields.get(props, "RuleNumber")),
                acl.bool(pointer + "/egress", Fields.get(props, "Egress"), false),
                acl.oneOf(pointer + "/rule_action", Fields.get(props, "RuleAction"), NetworkAcl.RuleAction.class),
                protocol,
                acl.string(pointer + "/cidr", Fields.get(props, "CidrBlock")),
                acl.string(pointer + "/ipv6_cidr", Fields.get(props, "Ipv6CidrBlock")),
                from, to);
    }

    // Entries and associations by the id of the ACL they name (a template ACL or a VPC's default ACL).
    private static Map<String, List<TemplateResource>> byAcl(MappingContext ctx, String type) {
        Map<String, List<TemplateResource>> out = new HashMap<>();
        for (TemplateResource r : ctx.ofType(type)) {
            Fields f = ctx.fields(r);
            Value acl = f.prop("NetworkAclId");
            String id = f.string("/NetworkAclId", acl);
            if (id == null) {
                continue;
            }
            if (!(acl instanceof Value.ResourceRef)) {
                f.note(null, "network ACL " + id + " is not in the templates read; " + r.logicalId() + " is left out");
                continue;
            }
            out.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static Value orNull(Value v) {
        return v == null ? Value.NULL : v;
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
