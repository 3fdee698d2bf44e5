package dev.rampart.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * A VPC endpoint ({@code vpc_endpoints}).
 *
 * @param service the short service name after the region ({@code ecr.api}, {@code s3}), known even when
 *     the region is not; see {@link EndpointServiceName}
 */
public record VpcEndpoint(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String vpcId,
        String serviceName,
        String service,
        String serviceRegion,
        EndpointType type,
        List<String> subnetIds,
        List<String> routeTableIds,
        Boolean privateDnsEnabled,
        List<String> securityGroupIds)
        implements Resource {
    public VpcEndpoint {
        tags = Copies.sortedMap(tags);
        subnetIds = Copies.list(subnetIds);
        routeTableIds = Copies.list(routeTableIds);
        securityGroupIds = Copies.list(securityGroupIds);
    }

    /** The endpoint type. */
    public enum EndpointType implements JsonEnum {
        INTERFACE("interface"),
        GATEWAY("gateway"),
        GATEWAY_LOAD_BALANCER("gatewayloadbalancer");

        private final String json;

        EndpointType(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static EndpointType fromJson(String text) {
            return JsonEnum.fromJson(EndpointType.class, text);
        }
    }
}
