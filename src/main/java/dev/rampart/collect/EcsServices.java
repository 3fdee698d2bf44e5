package dev.rampart.collect;

import dev.rampart.snapshot.EcsService;
import dev.rampart.snapshot.JsonEnum;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ecs.model.AwsVpcConfiguration;
import software.amazon.awssdk.services.ecs.model.CapacityProviderStrategyItem;
import software.amazon.awssdk.services.ecs.model.Deployment;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceConnectConfiguration;
import software.amazon.awssdk.services.ecs.model.ServiceConnectService;
import software.amazon.awssdk.services.ecs.model.ServiceConnectTlsConfiguration;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/** ECS services as snapshot records: placement, network configuration, load balancers, Service Connect. */
final class EcsServices {
    private EcsServices() {}

    static EcsService service(RegionScope scope, Service s, TaskDefinition td, ServiceConnectNamespaces namespaces) {
        AwsVpcConfiguration awsvpc = s.networkConfiguration() == null ? null
                : s.networkConfiguration().awsvpcConfiguration();
        List<String> providers = new ArrayList<>();
        for (CapacityProviderStrategyItem item : s.capacityProviderStrategy()) {
            providers.add(item.capacityProvider());
        }
        List<EcsService.LoadBalancerBinding> loadBalancers = new ArrayList<>();
        for (var lb : s.loadBalancers()) {
            loadBalancers.add(new EcsService.LoadBalancerBinding(lb.targetGroupArn(), lb.loadBalancerName(),
                    lb.containerName(), lb.containerPort()));
        }
        return new EcsService(s.serviceArn(), scope.account, scope.region, EcsCollector.ecsTags(s.tags()),
                RegionScope.at(s.serviceArn()), s.serviceName(), s.clusterArn(), s.taskDefinition(),
                JsonEnum.parse(EcsService.LaunchType.class, s.launchTypeAsString()), providers,
                td == null ? null : EcsCollector.networkMode(td),
                awsvpc == null ? null : new ArrayList<>(awsvpc.subnets()),
                awsvpc == null ? null : new ArrayList<>(awsvpc.securityGroups()),
                awsvpc == null ? null : assignPublicIp(awsvpc.assignPublicIpAsString()),
                loadBalancers, serviceConnect(primaryConnect(s), namespaces));
    }

    private static Boolean assignPublicIp(String value) {
        if (value == null) {
            return false; // AWS's default: DISABLED
        }
        return switch (value) {
            case "ENABLED" -> true;
            case "DISABLED" -> false;
            default -> null;
        };
    }

    /**
     * The Service Connect configuration in effect: that of the primary deployment (DescribeServices reports it
     * per deployment, not on the service).
     */
    static ServiceConnectConfiguration primaryConnect(Service s) {
        for (Deployment d : s.deployments()) {
            if ("PRIMARY".equals(d.status())) {
                return d.serviceConnectConfiguration();
            }
        }
        return null;
    }

    private static EcsService.ServiceConnect serviceConnect(ServiceConnectConfiguration config,
            ServiceConnectNamespaces namespaces) {
        if (config == null) {
            return null;
        }
        List<EcsService.ScService> services = new ArrayList<>();
        for (ServiceConnectService sc : config.services()) {
            List<EcsService.ClientAlias> aliases = new ArrayList<>();
            for (var a : sc.clientAliases()) {
                aliases.add(new EcsService.ClientAlias(a.port(), a.dnsName()));
            }
            services.add(new EcsService.ScService(sc.portName(), sc.discoveryName(), aliases, tls(sc.tls())));
        }
        return new EcsService.ServiceConnect(config.enabled(), namespaces.name(config.namespace()), services);
    }

    private static EcsService.Tls tls(ServiceConnectTlsConfiguration tls) {
        if (tls == null) {
            return null;
        }
        return new EcsService.Tls(
                tls.issuerCertificateAuthority() == null ? null : tls.issuerCertificateAuthority().awsPcaAuthorityArn(),
                tls.kmsKey(), tls.roleArn());
    }
}
