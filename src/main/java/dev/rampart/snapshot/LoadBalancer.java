package dev.rampart.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/** An Elastic Load Balancing v2 load balancer ({@code load_balancers}). */
public record LoadBalancer(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String name,
        Type type,
        Scheme scheme,
        String vpcId,
        List<String> subnetIds,
        List<String> availabilityZones,
        List<String> securityGroupIds)
        implements Resource {
    public LoadBalancer {
        tags = Copies.sortedMap(tags);
        subnetIds = Copies.list(subnetIds);
        availabilityZones = Copies.list(availabilityZones);
        securityGroupIds = Copies.list(securityGroupIds);
    }

    /** The load balancer type. */
    public enum Type implements JsonEnum {
        APPLICATION("application"),
        NETWORK("network"),
        GATEWAY("gateway");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static Type fromJson(String text) {
            return JsonEnum.fromJson(Type.class, text);
        }
    }

    /** Whether the load balancer has public addresses. */
    public enum Scheme implements JsonEnum {
        INTERNET_FACING("internet-facing"),
        INTERNAL("internal");

        private final String json;

        Scheme(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static Scheme fromJson(String text) {
            return JsonEnum.fromJson(Scheme.class, text);
        }
    }
}
