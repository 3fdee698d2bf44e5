package dev.rampart.collect;

import dev.rampart.snapshot.RouteTable;
import dev.rampart.snapshot.RouteTable.DestinationKind;
import dev.rampart.snapshot.RouteTable.Target;
import dev.rampart.snapshot.RouteTable.TargetKind;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeRouteTablesResponse;
import software.amazon.awssdk.services.ec2.model.Route;
import software.amazon.awssdk.services.ec2.model.RouteState;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociation;
import software.amazon.awssdk.services.ec2.model.RouteTableAssociationStateCode;

/**
 * Route tables ({@code ec2:DescribeRouteTables}): the main flag, explicit subnet associations and routes with
 * typed targets. Left out, as docs/snapshot.md says: gateway edge associations, blackhole routes (their
 * target is gone and AWS drops the traffic), and the prefix-list routes AWS adds for gateway endpoints
 * (the endpoint's {@code route_table_ids} records those, as in a template).
 */
final class RouteTableCollector {
    private RouteTableCollector() {}

    static void collect(RegionScope scope) {
        List<DescribeRouteTablesResponse> pages = scope.calls.pages(Api.EC2_DESCRIBE_ROUTE_TABLES, "route tables",
                List.of(), scope.clients.ec2().describeRouteTablesPaginator(r -> r.maxResults(100)));
        if (pages == null) {
            return;
        }
        for (DescribeRouteTablesResponse page : pages) {
            for (software.amazon.awssdk.services.ec2.model.RouteTable t : page.routeTables()) {
                if (t.routeTableId() == null) {
                    scope.calls.malformed(Api.EC2_DESCRIBE_ROUTE_TABLES, "route tables",
                            "a route table without RouteTableId");
                } else if (!scope.ownedByAnotherScannedAccount(t.ownerId())) {
                    scope.add(table(scope, t));
                }
            }
        }
    }

    private static RouteTable table(RegionScope scope, software.amazon.awssdk.services.ec2.model.RouteTable t) {
        String owner = scope.owner(t.ownerId());
        boolean main = false;
        List<RouteTable.Association> associations = new ArrayList<>();
        for (RouteTableAssociation a : t.associations()) {
            boolean current = a.associationState() == null
                    || a.associationState().state() == RouteTableAssociationStateCode.ASSOCIATED;
            if (Boolean.TRUE.equals(a.main())) {
                main = true;
            } else if (a.subnetId() != null && current) {
                associations.add(new RouteTable.Association(a.subnetId()));
            }
        }
        List<RouteTable.Route> routes = new ArrayList<>();
        for (Route r : t.routes()) {
            if (r.state() == RouteState.BLACKHOLE || isGatewayEndpointRoute(r)) {
                continue;
            }
            routes.add(route(r));
        }
        return new RouteTable(t.routeTableId(), owner, scope.region, Tags.ec2(t.tags()),
                RegionScope.at(scope.ec2Arn(owner, "route-table", t.routeTableId())), t.vpcId(), main, false,
                associations, routes);
    }

    private static boolean isGatewayEndpointRoute(Route r) {
        return r.destinationPrefixListId() != null && r.gatewayId() != null && r.gatewayId().startsWith("vpce-");
    }

    static RouteTable.Route route(Route r) {
        String destination;
        DestinationKind kind;
        if (r.destinationCidrBlock() != null) {
            destination = r.destinationCidrBlock();
            kind = DestinationKind.IPV4;
        } else if (r.destinationIpv6CidrBlock() != null) {
            destination = r.destinationIpv6CidrBlock();
            kind = DestinationKind.IPV6;
        } else if (r.destinationPrefixListId() != null) {
            destination = r.destinationPrefixListId();
            kind = DestinationKind.PREFIX_LIST;
        } else {
            destination = null;
            kind = null;
        }
        return new RouteTable.Route(destination, kind, target(r));
    }

    static Target target(Route r) {
        if (r.gatewayId() != null) {
            return new Target(gatewayKind(r.gatewayId()), r.gatewayId());
        }
        if (r.egressOnlyInternetGatewayId() != null) {
            return new Target(TargetKind.EIGW, r.egressOnlyInternetGatewayId());
        }
        if (r.natGatewayId() != null) {
            return new Target(TargetKind.NAT, r.natGatewayId());
        }
        if (r.transitGatewayId() != null) {
            return new Target(TargetKind.TGW, r.transitGatewayId());
        }
        if (r.vpcPeeringConnectionId() != null) {
            return new Target(TargetKind.PCX, r.vpcPeeringConnectionId());
        }
        // A route to an instance names its network interface too; the instance says more.
        if (r.instanceId() != null) {
            return new Target(TargetKind.INSTANCE, r.instanceId());
        }
        if (r.networkInterfaceId() != null) {
            return new Target(TargetKind.ENI, r.networkInterfaceId());
        }
        if (r.carrierGatewayId() != null) {
            return new Target(TargetKind.OTHER, r.carrierGatewayId());
        }
        if (r.localGatewayId() != null) {
            return new Target(TargetKind.OTHER, r.localGatewayId());
        }
        if (r.coreNetworkArn() != null) {
            return new Target(TargetKind.OTHER, r.coreNetworkArn());
        }
        return new Target(TargetKind.UNKNOWN, null);
    }

    // GatewayId holds internet gateways, virtual private gateways, "local" and gateway load balancer endpoints.
    private static TargetKind gatewayKind(String id) {
        if (id.equals("local")) {
            return TargetKind.LOCAL;
        }
        if (id.startsWith("igw-")) {
            return TargetKind.IGW;
        }
        if (id.startsWith("vpce-")) {
            return TargetKind.VPCE;
        }
        if (id.startsWith("vgw-")) {
            return TargetKind.OTHER;
        }
        return TargetKind.UNKNOWN;
    }
}
