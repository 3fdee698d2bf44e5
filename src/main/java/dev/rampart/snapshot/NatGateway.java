package dev.rampart.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/** A NAT gateway ({@code nat_gateways}). */
public record NatGateway(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String subnetId,
        ConnectivityType connectivityType)
        implements Resource {
    public NatGateway {
        tags = Copies.sortedMap(tags);
    }

    /** Whether the NAT gateway reaches the internet (public) or only other networks (private). */
    public enum ConnectivityType implements JsonEnum {
        PUBLIC("public"),
        PRIVATE("private");

        private final String json;

        ConnectivityType(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static ConnectivityType fromJson(String text) {
            return JsonEnum.fromJson(ConnectivityType.class, text);
        }
    }
}
