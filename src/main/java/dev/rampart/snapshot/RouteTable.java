package dev.rampart.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * A route table ({@code route_tables}) with its explicit subnet associations and its routes.
 *
 * @param main whether this is the VPC's main route table (used by subnets without an association)
 * @param implicit whether a template implies it without declaring it (a template VPC's main table)
 */
public record RouteTable(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String vpcId,
        boolean main,
        boolean implicit,
        List<Association> associations,
        List<Route> routes)
        implements Resource {
    public RouteTable {
        tags = Copies.sortedMap(tags);
        associations = Copies.list(associations);
        routes = Copies.list(routes);
    }

    /** An explicit association of a subnet with this table. */
    public record Association(String subnetId) {}

    /** One route: where it sends traffic for a destination. */
    public record Route(String destination, DestinationKind destinationKind, Target target) {}

    /** Where a route sends traffic; {@code id} is null when the target could not be determined. */
    public record Target(TargetKind kind, String id) {}

    /** What kind of destination a route has. */
    public enum DestinationKind implements JsonEnum {
        IPV4("ipv4"),
        IPV6("ipv6"),
        PREFIX_LIST("prefix_list");

        private final String json;

        DestinationKind(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static DestinationKind fromJson(String text) {
            return JsonEnum.fromJson(DestinationKind.class, text);
        }
    }

    /** What a route sends traffic to. */
    public enum TargetKind implements JsonEnum {
        /** An internet gateway: a 0.0.0.0/0 or ::/0 route to one makes a subnet public. */
        IGW("igw"),
        /** An egress-only internet gateway (IPv6, outbound only). */
        EIGW("eigw"),
        NAT("nat"),
        /** A gateway load balancer endpoint. */
        VPCE("vpce"),
        TGW("tgw"),
        /** A VPC peering connection. */
        PCX("pcx"),
        ENI("eni"),
        INSTANCE("instance"),
        /** The VPC's own CIDR. */
        LOCAL("local"),
        /** A known target of another kind: virtual private gateway, carrier or local gateway, core network. */
        OTHER("other"),
        /** The target could not be determined. */
        UNKNOWN("unknown");

        private final String json;

        TargetKind(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static TargetKind fromJson(String text) {
            return JsonEnum.fromJson(TargetKind.class, text);
        }
    }
}
