package dev.rampart.template.map;

import dev.rampart.snapshot.Vpc;
import dev.rampart.template.resolve.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code AWS::EC2::VPC} and the extra CIDR blocks ({@code AWS::EC2::VPCCidrBlock}) associated with it. */
final class VpcMapper implements FamilyMapper {
    static final String VPC = "AWS::EC2::VPC";
    static final String CIDR_BLOCK = "AWS::EC2::VPCCidrBlock";

    @Override
    public Set<String> types() {
        return Set.of(VPC, CIDR_BLOCK);
    }

    @Override
    public void map(MappingContext ctx) {
        Map<String, List<TemplateResource>> extraBlocks = new HashMap<>();
        for (TemplateResource block : ctx.ofType(CIDR_BLOCK)) {
            Fields f = ctx.fields(block);
            String vpcId = f.string("/VpcId", f.prop("VpcId"));
            if (ctx.referenced(f.prop("VpcId"), VPC) == null) {
                if (vpcId != null) {
                    f.note(null, "VPC " + vpcId + " of this CIDR block is not in the templates read");
                }
                continue;
            }
            extraBlocks.computeIfAbsent(vpcId, k -> new ArrayList<>()).add(block);
        }
        for (TemplateResource r : ctx.ofType(VPC)) {
            Fields f = ctx.fields(r);
            String cidr = f.string("/cidr_block", f.prop("CidrBlock"));
            if (f.prop("CidrBlock") == null) {
                f.note("/cidr_block", "the VPC's CIDR block is allocated from an IPAM pool when it is created");
            }
            List<String> ipv4 = new ArrayList<>();
            ipv4.add(cidr);
            List<String> ipv6 = new ArrayList<>();
            for (TemplateResource block : extraBlocks.getOrDefault(r.id(), List.of())) {
                addBlock(ctx, r, block, ipv4, ipv6);
            }
            ctx.emit(new Vpc(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(), cidr, ipv6, false,
                    f.bool("/enable_dns_support", f.prop("EnableDnsSupport"), true),
                    f.bool("/enable_dns_hostnames", f.prop("EnableDnsHostnames"), false)));
            ctx.addVpc(new VpcFacts(r.id(), r.account(), r.region(), r.location(), ipv4, ipv6));
        }
    }

    private static void addBlock(MappingContext ctx, TemplateResource vpc, TemplateResource block, List<String> ipv4,
            List<String> ipv6) {
        Fields vpcFields = ctx.fields(vpc);
        Fields f = ctx.fields(block);
        Value v4 = f.prop("CidrBlock");
        if (v4 != null) {
            ipv4.add(f.string("/CidrBlock", v4));
            return;
        }
        String pointer = "/ipv6_cidr_blocks/" + ipv6.size();
        // A secondary IPv4 block that may not exist keeps its own gap: the snapshot shows it only as local routes.
        ctx.folded(block, vpcFields, pointer);
        Value v6 = f.prop("Ipv6CidrBlock");
        if (v6 instanceof Value.Unknown u) {
            ipv6.add(vpcFields.unknown(pointer, u));
        } else if (v6 != null) {
            ipv6.add(vpcFields.string(pointer, v6));
        } else {
            ipv6.add(null);
            ctx.gaps.note(vpc.id(), pointer, "the IPv6 block of " + block.logicalId()
                    + " is assigned by Amazon when it is created", block.location());
        }
    }
}
