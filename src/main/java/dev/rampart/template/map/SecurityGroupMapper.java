package dev.rampart.template.map;

import dev.rampart.snapshot.SecurityGroup;
import dev.rampart.snapshot.SgRule;
import dev.rampart.template.resolve.ImplicitIds;
import dev.rampart.template.resolve.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Security groups with their inline rules and the standalone {@code SecurityGroupIngress}/{@code Egress}
 * resources that name them, plus the default security group AWS creates with every template VPC.
 */
final class SecurityGroupMapper implements FamilyMapper {
    static final String GROUP = "AWS::EC2::SecurityGroup";
    static final String INGRESS = "AWS::EC2::SecurityGroupIngress";
    static final String EGRESS = "AWS::EC2::SecurityGroupEgress";
    /** CDK's custom resource that strips the rules of a VPC's default group ({@code restrictDefaultSecurityGroup}). */
    static final String RESTRICT_DEFAULT = "Custom::VpcRestrictDefaultSG";

    @Override
    public Set<String> types() {
        return Set.of(GROUP, INGRESS, EGRESS, RESTRICT_DEFAULT);
    }

    @Override
    public void map(MappingContext ctx) {
        Map<String, List<TemplateResource>> ingress = standalone(ctx, INGRESS);
        Map<String, List<TemplateResource>> egress = standalone(ctx, EGRESS);
        for (TemplateResource r : ctx.ofType(GROUP)) {
            Fields f = ctx.fields(r);
            String vpcId = f.string("/vpc_id", f.prop("VpcId"));
            VpcFacts vpc = ctx.vpc(vpcId);
            List<SgRule> in = rules(ctx, f, f.prop("SecurityGroupIngress"), ingress.get(r.id()), true, vpc);
            List<SgRule> out = rules(ctx, f, f.prop("SecurityGroupEgress"), egress.get(r.id()), false, vpc);
            ctx.emit(new SecurityGroup(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(), vpcId,
                    f.string("/group_name", f.prop("GroupName")),
                    f.string("/description", f.prop("GroupDescription")),
                    false, in, out));
        }
        Set<String> restricted = new HashSet<>();
        for (TemplateResource r : ctx.ofType(RESTRICT_DEFAULT)) {
            if (Fields.get(r.properties(), "DefaultSecurityGroupId") instanceof Value.ResourceRef group) {
                restricted.add(group.id());
            }
        }
        for (VpcFacts vpc : ctx.vpcs()) {
            String id = vpc.id() + ImplicitIds.DEFAULT_SECURITY_GROUP;
            Fields f = new Fields(id, vpc.location(), ctx.gaps, null);
            SgRuleBuilder in = new SgRuleBuilder();
            SgRuleBuilder out = new SgRuleBuilder();
            if (!restricted.contains(id)) {
                // As AWS creates it: all traffic from members of the group in, all traffic out.
                in.addKnown(Protocols.ALL, 0, 65535, SgRuleBuilder.PeerKind.GROUP, id);
                allowAllOut(out, vpc);
            }
            addStandalone(ctx, in, ingress.get(id), true);
            addStandalone(ctx, out, egress.get(id), false);
            ctx.emit(new SecurityGroup(id, vpc.account(), vpc.region(), Map.of(), vpc.location(), vpc.id(), "default",
                    "default VPC security group", true, in.build(ctx, f, "/ingress"), out.build(ctx, f, "/egress")));
        }
    }

    private static List<SgRule> rules(MappingContext ctx, Fields group, Value inline, List<TemplateResource> standalone,
            boolean ingress, VpcFacts vpc) {
        String pointer = ingress ? "/ingress" : "/egress";
        if (inline instanceof Value.Unknown u) {
            return group.unknown(pointer, u);
        }
        SgRuleBuilder b = new SgRuleBuilder();
        List<Value> inlineRules = group.list(pointer, inline);
        if (inlineRules != null) {
            inlineRules.forEach(rule -> b.add(rule, ingress));
        }
        // AWS adds its allow-all egress rule only when the group is created without egress rules.
        if (!ingress && (inlineRules == null || inlineRules.isEmpty())) {
            allowAllOut(b, vpc);
        }
        addStandalone(ctx, b, standalone, ingress);
        return b.build(ctx, group, pointer);
    }

    private static void allowAllOut(SgRuleBuilder b, VpcFacts vpc) {
        b.addKnown(Protocols.ALL, 0, 65535, SgRuleBuilder.PeerKind.CIDR, "0.0.0.0/0");
        if (vpc != null && vpc.hasIpv6()) {
            b.addKnown(Protocols.ALL, 0, 65535, SgRuleBuilder.PeerKind.IPV6_CIDR, "::/0");
        }
    }

    private static void addStandalone(MappingContext ctx, SgRuleBuilder b, List<TemplateResource> rules, boolean ingress) {
        if (rules != null) {
            for (TemplateResource rule : rules) {
                b.add(rule, ingress);
            }
        }
    }

    // Standalone rules by the id of the group they name (a template group or a VPC's default group).
    private static Map<String, List<TemplateResource>> standalone(MappingContext ctx, String type) {
        Map<String, List<TemplateResource>> out = new HashMap<>();
        for (TemplateResource r : ctx.ofType(type)) {
            Fields f = ctx.fields(r);
            Value groupRef = f.prop("GroupId") != null ? f.prop("GroupId") : f.prop("GroupName");
            String id = f.string("/GroupId", groupRef);
            if (id == null) {
                if (groupRef == null) {
                    f.note(null, "the rule names no security group");
                }
                continue;
            }
            if (!(groupRef instanceof Value.ResourceRef)) {
                f.note(null, "security group " + id + " is not in the templates read; its rule is left out");
                continue;
            }
            out.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
        return out;
    }
}
