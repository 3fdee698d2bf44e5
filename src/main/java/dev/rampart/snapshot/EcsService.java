package dev.rampart.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * An ECS service ({@code ecs_services}).
 *
 * @param launchType null when a capacity provider strategy decides (see {@code capacityProviders})
 * @param networkMode the network mode of its task definition
 * @param serviceConnect null when Service Connect is not configured
 */
public record EcsService(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String name,
        String clusterId,
        String taskDefinitionId,
        LaunchType launchType,
        List<String> capacityProviders,
        EcsTaskDefinition.NetworkMode networkMode,
        List<String> subnetIds,
        List<String> securityGroupIds,
        Boolean assignPublicIp,
        List<LoadBalancerBinding> loadBalancers,
        ServiceConnect serviceConnect)
        implements Resource {
    public EcsService {
        tags = Copies.sortedMap(tags);
        capacityProviders = Copies.list(capacityProviders);
        subnetIds = Copies.list(subnetIds);
        securityGroupIds = Copies.list(securityGroupIds);
        loadBalancers = Copies.list(loadBalancers);
    }

    /** How the service's tasks are launched. */
    public enum LaunchType implements JsonEnum {
        FARGATE("FARGATE"),
        EC2("EC2"),
        EXTERNAL("EXTERNAL");

        private final String json;

        LaunchType(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static LaunchType fromJson(String text) {
            return JsonEnum.fromJson(LaunchType.class, text);
        }
    }

    /** A load balancer target group (or classic load balancer) the service registers its tasks with. */
    public record LoadBalancerBinding(
            String targetGroupId, String loadBalancerName, String containerName, Integer containerPort) {}

    /** The service's Service Connect configuration. */
    public record ServiceConnect(Boolean enabled, String namespace, List<ScService> services) {
        public ServiceConnect {
            services = Copies.list(services);
        }
    }

    /** A port the service exposes through Service Connect; {@code tls} is null when TLS is not configured. */
    public record ScService(String portName, String discoveryName, List<ClientAlias> clientAliases, Tls tls) {
        public ScService {
            clientAliases = Copies.list(clientAliases);
        }
    }

    /** A name and port clients use to reach a Service Connect service. */
    public record ClientAlias(Integer port, String dnsName) {}

    /** Service Connect TLS: the AWS Private CA that issues the certificates, and its KMS key and role. */
    public record Tls(String issuerCertificateAuthorityArn, String kmsKey, String roleArn) {}
}
