package dev.rampart.template.map;

import dev.rampart.snapshot.EndpointServiceName;
import dev.rampart.snapshot.VpcEndpoint;
import dev.rampart.template.resolve.ImplicitIds;
import dev.rampart.template.resolve.Value;
import java.util.List;
import java.util.Set;

/**
 * {@code AWS::EC2::VPCEndpoint}. The service's short name ({@code ecr.api}) is derived even when the
 * region in its name is unknown ({@code com.amazonaws.${AWS::Region}.ecr.api}).
 */
final class VpcEndpointMapper implements FamilyMapper {
    static final String ENDPOINT = "AWS::EC2::VPCEndpoint";

    @Override
    public Set<String> types() {
        return Set.of(ENDPOINT);
    }

    @Override
    public void map(MappingContext ctx) {
        for (TemplateResource r : ctx.ofType(ENDPOINT)) {
            Fields f = ctx.fields(r);
            String vpcId = f.string("/vpc_id", f.prop("VpcId"));
            Value nameValue = f.prop("ServiceName");
            String serviceName = f.string("/service_name", nameValue);
            EndpointServiceName parsed = serviceName != null
                    ? EndpointServiceName.parse(serviceName)
                    : nameValue instanceof Value.Unknown u
                            ? EndpointServiceName.parse(u.partialText(EndpointServiceName.UNKNOWN_REGION))
                            : null;
            String service = parsed == null ? null : parsed.service();
            String serviceRegion = parsed == null ? null : parsed.region();
            if (service == null && serviceName != null) {
                f.note("/service", "service name " + serviceName + " does not follow com.amazonaws.<region>.<service>");
            } else if (service == null && nameValue instanceof Value.Unknown u) {
                f.unknown("/service", u);
            }
            if (serviceRegion == null && nameValue instanceof Value.Unknown u) {
                f.unknown("/service_region", u);
            }
            VpcEndpoint.EndpointType type = f.prop("VpcEndpointType") == null
                    ? VpcEndpoint.EndpointType.GATEWAY
                    : f.oneOf("/type", f.prop("VpcEndpointType"), VpcEndpoint.EndpointType.class);
            ctx.emit(new VpcEndpoint(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(), vpcId,
                    serviceName, service, serviceRegion, type,
                    f.strings("/subnet_ids", f.prop("SubnetIds"), List.of()),
                    f.strings("/route_table_ids", f.prop("RouteTableIds"), List.of()),
                    f.bool("/private_dns_enabled", f.prop("PrivateDnsEnabled"), false),
                    securityGroups(ctx, f, type, vpcId)));
        }
    }

    // An interface endpoint created without security groups gets its VPC's default group.
    private static List<String> securityGroups(MappingContext ctx, Fields f, VpcEndpoint.EndpointType type,
            String vpcId) {
        Value groups = f.prop("SecurityGroupIds");
        if (groups != null || type != VpcEndpoint.EndpointType.INTERFACE) {
            return f.strings("/security_group_ids", groups, List.of());
        }
        if (ctx.vpc(vpcId) != null) {
            return List.of(vpcId + ImplicitIds.DEFAULT_SECURITY_GROUP);
        }
        f.note("/security_group_ids", "the endpoint uses the default security group of VPC " + vpcId
                + ", which is not in the templates read");
        return null;
    }
}
