package dev.rampart.template.map;

import dev.rampart.snapshot.EcsService;
import dev.rampart.snapshot.EcsTaskDefinition.NetworkMode;
import dev.rampart.template.resolve.ImplicitIds;
import dev.rampart.template.resolve.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * ECS services: placement (launch type or capacity providers), network (mode from the task definition,
 * subnets, security groups, public IP), load balancers and Service Connect including TLS.
 */
final class EcsServiceMapper implements FamilyMapper {
    static final String SERVICE = "AWS::ECS::Service";

    @Override
    public Set<String> types() {
        return Set.of(SERVICE);
    }

    @Override
    public void map(MappingContext ctx) {
        for (TemplateResource r : ctx.ofType(SERVICE)) {
            Fields f = ctx.fields(r);
            Value clusterValue = f.prop("Cluster");
            String cluster = f.string("/cluster_id", clusterValue);
            if (clusterValue == null) {
                f.note("/cluster_id", "the service names no cluster, so it runs in the account's default cluster");
            }
            TemplateResource clusterResource = ctx.referenced(clusterValue, EcsMapper.CLUSTER);
            Value awsvpc = Fields.get(f.prop("NetworkConfiguration"), "AwsvpcConfiguration");
            List<String> subnets = f.strings("/subnet_ids", Fields.get(awsvpc, "Subnets"));
            List<String> capacityProviders = capacityProviders(f, f.prop("CapacityProviderStrategy"));
            EcsService.LaunchType launchType = null;
            if (f.prop("LaunchType") != null) {
                launchType = f.oneOf("/launch_type", f.prop("LaunchType"), EcsService.LaunchType.class);
            } else if (capacityProviders.isEmpty() && clusterResource != null
                    && Fields.get(clusterResource.properties(), "DefaultCapacityProviderStrategy") != null) {
                capacityProviders = capacityProviders(f,
                        Fields.get(clusterResource.properties(), "DefaultCapacityProviderStrategy"));
            } else if (capacityProviders.isEmpty()) {
                launchType = EcsService.LaunchType.EC2;
            }
            ctx.emit(new EcsService(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(),
                    f.string("/name", f.prop("ServiceName")), cluster,
                    f.string("/task_definition_id", f.prop("TaskDefinition")),
                    launchType, capacityProviders,
                    networkMode(ctx, f),
                    subnets,
                    awsvpc == null ? null : securityGroups(ctx, f, Fields.get(awsvpc, "SecurityGroups"), subnets),
                    awsvpc == null ? null : assignPublicIp(f, Fields.get(awsvpc, "AssignPublicIp")),
                    loadBalancers(f, f.prop("LoadBalancers")),
                    serviceConnect(f, f.prop("ServiceConnectConfiguration"), clusterResource)));
        }
    }

    private static List<String> capacityProviders(Fields f, Value strategy) {
        List<Value> items = f.list("/capacity_providers", strategy);
        List<String> out = new ArrayList<>();
        for (Value item : items == null ? List.<Value>of() : items) {
            out.add(f.string("/capacity_providers/" + out.size(), Fields.get(item, "CapacityProvider")));
        }
        return out;
    }

    private static NetworkMode networkMode(MappingContext ctx, Fields f) {
        Value taskDefinition = f.prop("TaskDefinition");
        TemplateResource td = ctx.referenced(taskDefinition, EcsMapper.TASK_DEFINITION);
        if (td == null) {
            if (taskDefinition instanceof Value.Unknown u) {
                return f.unknown("/network_mode", u);
            }
            f.note("/network_mode", "task definition " + f.string("/task_definition_id", taskDefinition)
                    + " is not in the templates read");
            return null;
        }
        Fields tdFields = ctx.fields(td);
        Value mode = tdFields.prop("NetworkMode");
        return mode == null ? NetworkMode.BRIDGE : f.oneOf("/network_mode", mode, NetworkMode.class);
    }

    // awsvpc tasks launched without security groups get the default group of their VPC.
    private static List<String> securityGroups(MappingContext ctx, Fields f, Value groups, List<String> subnets) {
        if (groups != null) {
            return f.strings("/security_group_ids", groups);
        }
        TemplateResource subnet = subnets == null || subnets.isEmpty() ? null : ctx.resource(subnets.get(0));
        if (subnet != null && Fields.get(subnet.properties(), "VpcId") instanceof Value.ResourceRef vpc
                && ctx.vpc(vpc.id()) != null) {
            return List.of(vpc.id() + ImplicitIds.DEFAULT_SECURITY_GROUP);
        }
        f.note("/security_group_ids", "the tasks use the default security group of their VPC, which is not in the"
                + " templates read");
        return null;
    }

    private static Boolean assignPublicIp(Fields f, Value v) {
        String text = f.string("/assign_public_ip", v, "DISABLED");
        if (text == null) {
            return null;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "ENABLED" -> true;
            case "DISABLED" -> false;
            default -> {
                f.note("/assign_public_ip", "\"" + text + "\" is neither ENABLED nor DISABLED");
                yield null;
            }
        };
    }

    private static List<EcsService.LoadBalancerBinding> loadBalancers(Fields f, Value v) {
        List<Value> items = f.list("/load_balancers", v);
        if (items == null) {
            return v == null ? List.of() : null;
        }
        List<EcsService.LoadBalancerBinding> out = new ArrayList<>();
        for (Value lb : items) {
            String at = "/load_balancers/" + out.size();
            out.add(new EcsService.LoadBalancerBinding(
                    f.string(at + "/target_group_id", Fields.get(lb, "TargetGroupArn")),
                    f.string(at + "/load_balancer_name", Fields.get(lb, "LoadBalancerName")),
                    f.string(at + "/container_name", Fields.get(lb, "ContainerName")),
                    f.integer(at + "/container_port", Fields.get(lb, "ContainerPort"))));
        }
        return out;
    }

    private static EcsService.ServiceConnect serviceConnect(Fields f, Value config, TemplateResource cluster) {
        if (config == null) {
            return null;
        }
        if (config instanceof Value.Unknown u) {
            return f.unknown("/service_connect", u);
        }
        Value namespace = Fields.get(config, "Namespace");
        if (namespace == null && cluster != null) {
            namespace = Fields.get(Fields.get(cluster.properties(), "ServiceConnectDefaults"), "Namespace");
        }
        List<Value> items = f.list("/service_connect/services", Fields.get(config, "Services"));
        List<EcsService.ScService> services = null;
        if (items != null || Fields.get(config, "Services") == null) {
            services = new ArrayList<>();
            for (Value s : items == null ? List.<Value>of() : items) {
                String at = "/service_connect/services/" + services.size();
                services.add(new EcsService.ScService(
                        f.string(at + "/port_name", Fields.get(s, "PortName")),
                        f.string(at + "/discovery_name", Fields.get(s, "DiscoveryName")),
                        clientAliases(f, at + "/client_aliases", Fields.get(s, "ClientAliases")),
                        tls(f, at + "/tls", Fields.get(s, "Tls"))));
            }
        }
        return new EcsService.ServiceConnect(f.bool("/service_connect/enabled", Fields.get(config, "Enabled")),
                f.string("/service_connect/namespace", namespace), services);
    }

    private static List<EcsService.ClientAlias> clientAliases(Fields f, String pointer, Value v) {
        List<Value> items = f.list(pointer, v);
        if (items == null) {
            return v == null ? List.of() : null;
        }
        List<EcsService.ClientAlias> out = new ArrayList<>();
        for (Value a : items) {
            String at = pointer + "/" + out.size();
            out.add(new EcsService.ClientAlias(f.integer(at + "/port", Fields.get(a, "Port")),
                    f.string(at + "/dns_name", Fields.get(a, "DnsName"))));
        }
        return out;
    }

    private static EcsService.Tls tls(Fields f, String pointer, Value v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Value.Unknown u) {
            return f.unknown(pointer, u);
        }
        return new EcsService.Tls(
                f.string(pointer + "/issuer_certificate_authority_arn",
                        Fields.get(Fields.get(v, "IssuerCertificateAuthority"), "AwsPcaAuthorityArn")),
                f.string(pointer + "/kms_key", Fields.get(v, "KmsKey")),
                f.string(pointer + "/role_arn", Fields.get(v, "RoleArn")));
    }
}
