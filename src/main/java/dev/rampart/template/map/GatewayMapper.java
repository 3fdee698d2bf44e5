package dev.rampart.template.map;

import dev.rampart.snapshot.EgressOnlyInternetGateway;
import dev.rampart.snapshot.InternetGateway;
import dev.rampart.snapshot.NatGateway;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Internet gateways (with their {@code VPCGatewayAttachment}s), egress-only internet gateways and NAT
 * gateways.
 */
final class GatewayMapper implements FamilyMapper {
    static final String IGW = "AWS::EC2::InternetGateway";
    static final String ATTACHMENT = "AWS::EC2::VPCGatewayAttachment";
    static final String EIGW = "AWS::EC2::EgressOnlyInternetGateway";
    static final String NAT = "AWS::EC2::NatGateway";

    @Override
    public Set<String> types() {
        return Set.of(IGW, ATTACHMENT, EIGW, NAT);
    }

    @Override
    public void map(MappingContext ctx) {
        Map<String, List<TemplateResource>> attachments = new HashMap<>();
        for (TemplateResource a : ctx.ofType(ATTACHMENT)) {
            Fields f = ctx.fields(a);
            if (f.prop("InternetGatewayId") == null) {
                continue; // a virtual private gateway attachment: not modelled
            }
            String igw = f.string("/InternetGatewayId", f.prop("InternetGatewayId"));
            if (ctx.referenced(f.prop("InternetGatewayId"), IGW) == null) {
                if (igw != null) {
                    f.note(null, "internet gateway " + igw + " is not in the templates read; attachment left out");
                }
                continue;
            }
            attachments.computeIfAbsent(igw, k -> new ArrayList<>()).add(a);
        }
        for (TemplateResource r : ctx.ofType(IGW)) {
            Fields f = ctx.fields(r);
            List<InternetGateway.Attachment> attached = new ArrayList<>();
            for (TemplateResource a : attachments.getOrDefault(r.id(), List.of())) {
                ctx.folded(a, f, "/attachments/" + attached.size());
                Fields af = ctx.fields(a);
                attached.add(new InternetGateway.Attachment(af.string("/VpcId", af.prop("VpcId"))));
            }
            ctx.emit(new InternetGateway(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(),
                    attached));
        }
        for (TemplateResource r : ctx.ofType(EIGW)) {
            Fields f = ctx.fields(r);
            ctx.emit(new EgressOnlyInternetGateway(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")),
                    r.location(), f.string("/vpc_id", f.prop("VpcId"))));
        }
        for (TemplateResource r : ctx.ofType(NAT)) {
            Fields f = ctx.fields(r);
            NatGateway.ConnectivityType type = f.prop("ConnectivityType") == null
                    ? NatGateway.ConnectivityType.PUBLIC
                    : f.oneOf("/connectivity_type", f.prop("ConnectivityType"), NatGateway.ConnectivityType.class);
            ctx.emit(new NatGateway(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(),
                    f.string("/subnet_id", f.prop("SubnetId")), type));
        }
    }
}
