package dev.rampart.template.map;

import dev.rampart.snapshot.RouteTable;
import dev.rampart.snapshot.RouteTable.DestinationKind;
import dev.rampart.snapshot.RouteTable.TargetKind;
import dev.rampart.template.resolve.ImplicitIds;
import dev.rampart.template.resolve.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Route tables with their routes ({@code AWS::EC2::Route}) and subnet associations, plus the main route
 * table AWS creates with every template VPC (a template cannot add routes to it). Every table gets the
 * local route(s) of its VPC's CIDR blocks first.
 */
final class RouteTableMapper implements FamilyMapper {
    static final String ROUTE_TABLE = "AWS::EC2::RouteTable";
    static final String ROUTE = "AWS::EC2::Route";
    static final String ASSOCIATION = "AWS::EC2::SubnetRouteTableAssociation";

    /** Route target properties in the order CloudFormation documents them, with the kind each gives. */
    private static final List<Map.Entry<String, TargetKind>> TARGETS = List.of(
            Map.entry("GatewayId", TargetKind.UNKNOWN), // an internet or a virtual private gateway: decided below
            Map.entry("EgressOnlyInternetGatewayId", TargetKind.EIGW),
            Map.entry("NatGatewayId", TargetKind.NAT),
            Map.entry("VpcEndpointId", TargetKind.VPCE),
            Map.entry("TransitGatewayId", TargetKind.TGW),
            Map.entry("VpcPeeringConnectionId", TargetKind.PCX),
            Map.entry("NetworkInterfaceId", TargetKind.ENI),
            Map.entry("InstanceId", TargetKind.INSTANCE),
            Map.entry("CarrierGatewayId", TargetKind.OTHER),
            Map.entry("LocalGatewayId", TargetKind.OTHER),
            Map.entry("CoreNetworkArn", TargetKind.OTHER));

    @Override
    public Set<String> types() {
        return Set.of(ROUTE_TABLE, ROUTE, ASSOCIATION);
    }

    @Override
    public void map(MappingContext ctx) {
        Map<String, List<TemplateResource>> routes = byTable(ctx, ROUTE, "route");
        Map<String, List<TemplateResource>> associations = byTable(ctx, ASSOCIATION, "subnet association");
        for (TemplateResource r : ctx.ofType(ROUTE_TABLE)) {
            Fields f = ctx.fields(r);
            String vpcId = f.string("/vpc_id", f.prop("VpcId"));
            List<RouteTable.Route> table = localRoutes(ctx, f, vpcId);
            for (TemplateResource route : routes.getOrDefault(r.id(), List.of())) {
                String pointer = "/routes/" + table.size();
                ctx.folded(route, f, pointer);
                table.add(route(ctx, f, route, pointer));
            }
            List<RouteTable.Association> assoc = new ArrayList<>();
            for (TemplateResource a : associations.getOrDefault(r.id(), List.of())) {
                Fields af = ctx.fields(a);
                String pointer = "/associations/" + assoc.size();
                ctx.folded(a, f, pointer);
                assoc.add(new RouteTable.Association(f.string(pointer + "/subnet_id", af.prop("SubnetId"))));
            }
            ctx.emit(new RouteTable(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(), vpcId,
                    false, false, assoc, table));
        }
        for (VpcFacts vpc : ctx.vpcs()) {
            String id = vpc.id() + ImplicitIds.MAIN_ROUTE_TABLE;
            Fields f = new Fields(id, vpc.location(), ctx.gaps, null);
            ctx.emit(new RouteTable(id, vpc.account(), vpc.region(), Map.of(), vpc.location(), vpc.id(), true, true,
                    List.of(), localRoutes(ctx, f, vpc.id())));
        }
    }

    // Routes and associations by the id of the template route table they name.
    private static Map<String, List<TemplateResource>> byTable(MappingContext ctx, String type, String what) {
        Map<String, List<TemplateResource>> out = new HashMap<>();
        for (TemplateResource r : ctx.ofType(type)) {
            Fields f = ctx.fields(r);
            Value table = f.prop("RouteTableId");
            String id = f.string("/RouteTableId", table);
            if (ctx.referenced(table, ROUTE_TABLE) == null) {
                if (id != null) {
                    f.note(null, "route table " + id + " of this " + what + " is not in the templates read; the "
                            + what + " is left out");
                }
                continue;
            }
            out.computeIfAbsent(id, k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static List<RouteTable.Route> localRoutes(MappingContext ctx, Fields table, String vpcId) {
        List<RouteTable.Route> routes = new ArrayList<>();
        VpcFacts vpc = ctx.vpc(vpcId);
        RouteTable.Target local = new RouteTable.Target(TargetKind.LOCAL, "local");
        if (vpc == null) {
            if (vpcId != null) {
                table.note("/routes/0/destination", "the CIDR block of VPC " + vpcId + " is not in the templates read");
            }
            routes.add(new RouteTable.Route(null, DestinationKind.IPV4, local));
            return routes;
        }
        for (String cidr : vpc.cidrBlocks()) {
            if (cidr == null) {
                table.note("/routes/" + routes.size() + "/destination", "the CIDR block of VPC " + vpcId + " is unknown");
            }
            routes.add(new RouteTable.Route(cidr, DestinationKind.IPV4, local));
        }
        for (String cidr : vpc.ipv6CidrBlocks()) {
            if (cidr == null) {
                table.note("/routes/" + routes.size() + "/destination", "the IPv6 block of VPC " + vpcId
                        + " is assigned by Amazon");
            }
            routes.add(new RouteTable.Route(cidr, DestinationKind.IPV6, local));
        }
        return routes;
    }

    private static RouteTable.Route route(MappingContext ctx, Fields table, TemplateResource route, String pointer) {
        Fields r = ctx.fields(route);
        String destination = null;
        DestinationKind kind = null;
        for (Map.Entry<String, DestinationKind> d : List.of(
                Map.entry("DestinationCidrBlock", DestinationKind.IPV4),
                Map.entry("DestinationIpv6CidrBlock", DestinationKind.IPV6),
                Map.entry("DestinationPrefixListId", DestinationKind.PREFIX_LIST))) {
            Value v = r.prop(d.getKey());
            if (v != null) {
                destination = table.string(pointer + "/destination", v);
                kind = d.getValue();
                break;
            }
        }
        if (kind == null) {
            table.note(pointer + "/destination", "route " + route.logicalId() + " has no destination");
        }
        return new RouteTable.Route(destination, kind, target(ctx, table, r, route, pointer + "/target"));
    }

    private static RouteTable.Target target(MappingContext ctx, Fields table, Fields r, TemplateResource route,
            String pointer) {
        for (Map.Entry<String, TargetKind> t : TARGETS) {
            Value v = r.prop(t.getKey());
            if (v == null) {
                continue;
            }
            String id = table.string(pointer + "/id", v);
            TargetKind kind = t.getKey().equals("GatewayId") ? gatewayKind(v, id) : t.getValue();
            if (kind == TargetKind.UNKNOWN && id != null) {
                table.note(pointer + "/kind", "gateway " + id + " of route " + route.logicalId()
                        + " is neither an internet gateway nor a virtual private gateway Rampart recognises");
            }
            return new RouteTable.Target(kind, id);
        }
        table.note(pointer, "route " + route.logicalId() + " has no target Rampart recognises");
        return new RouteTable.Target(TargetKind.UNKNOWN, null);
    }

    // GatewayId names an internet gateway or a virtual private gateway.
    private static TargetKind gatewayKind(Value v, String id) {
        if (v instanceof Value.ResourceRef ref) {
            return switch (ref.type()) {
                case GatewayMapper.IGW -> TargetKind.IGW;
                case "AWS::EC2::VPNGateway" -> TargetKind.OTHER;
                default -> TargetKind.UNKNOWN;
            };
        }
        if (id == null) {
            return TargetKind.UNKNOWN;
        }
        if (id.startsWith("igw-")) {
            return TargetKind.IGW;
        }
        if (id.equals("local")) {
            return TargetKind.LOCAL;
        }
        return id.startsWith("vgw-") ? TargetKind.OTHER : TargetKind.UNKNOWN;
    }
}
