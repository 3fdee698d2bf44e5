package dev.rampart.template.map;

import dev.rampart.snapshot.EcsCluster;
import dev.rampart.snapshot.EcsTaskDefinition;
import dev.rampart.snapshot.EcsTaskDefinition.NetworkMode;
import dev.rampart.template.resolve.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ECS clusters and task definitions (containers, port mappings, log drivers; environment and secrets are
 * never read). Services are mapped by {@link EcsServiceMapper}.
 */
final class EcsMapper implements FamilyMapper {
    static final String CLUSTER = "AWS::ECS::Cluster";
    static final String TASK_DEFINITION = "AWS::ECS::TaskDefinition";

    @Override
    public Set<String> types() {
        return Set.of(CLUSTER, TASK_DEFINITION);
    }

    @Override
    public void map(MappingContext ctx) {
        for (TemplateResource r : ctx.ofType(CLUSTER)) {
            Fields f = ctx.fields(r);
            ctx.emit(new EcsCluster(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(),
                    f.string("/name", f.prop("ClusterName")),
                    f.string("/service_connect_namespace",
                            Fields.get(f.prop("ServiceConnectDefaults"), "Namespace"))));
        }
        for (TemplateResource r : ctx.ofType(TASK_DEFINITION)) {
            Fields f = ctx.fields(r);
            NetworkMode mode = networkMode(f, "/network_mode");
            ctx.emit(new EcsTaskDefinition(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(),
                    f.string("/family", f.prop("Family")), mode,
                    f.strings("/requires_compatibilities", f.prop("RequiresCompatibilities"), List.of()),
                    containers(f, mode)));
        }
    }

    /** A task definition's network mode; AWS's default {@code bridge} when the template leaves it out. */
    static NetworkMode networkMode(Fields taskDefinition, String pointer) {
        Value mode = taskDefinition.prop("NetworkMode");
        return mode == null ? NetworkMode.BRIDGE : taskDefinition.oneOf(pointer, mode, NetworkMode.class);
    }

    private static List<EcsTaskDefinition.Container> containers(Fields f, NetworkMode mode) {
        List<Value> definitions = f.list("/containers", f.prop("ContainerDefinitions"));
        if (definitions == null) {
            return f.prop("ContainerDefinitions") == null ? List.of() : null;
        }
        List<EcsTaskDefinition.Container> out = new ArrayList<>();
        for (Value c : definitions) {
            String at = "/containers/" + out.size();
            out.add(new EcsTaskDefinition.Container(
                    f.string(at + "/name", Fields.get(c, "Name")),
                    f.string(at + "/image", Fields.get(c, "Image")),
                    portMappings(f, at + "/port_mappings", Fields.get(c, "PortMappings"), mode),
                    f.string(at + "/log_driver", Fields.get(Fields.get(c, "LogConfiguration"), "LogDriver"))));
        }
        return out;
    }

    private static List<EcsTaskDefinition.PortMapping> portMappings(Fields f, String pointer, Value value,
            NetworkMode mode) {
        List<Value> items = f.list(pointer, value);
        if (items == null) {
            return value == null ? List.of() : null;
        }
        List<EcsTaskDefinition.PortMapping> out = new ArrayList<>();
        for (Value m : items) {
            String at = pointer + "/" + out.size();
            Integer containerPort = f.integer(at + "/container_port", Fields.get(m, "ContainerPort"));
            Value host = Fields.get(m, "HostPort");
            Integer hostPort;
            if (host != null) {
                hostPort = f.integer(at + "/host_port", host);
            } else if (mode == NetworkMode.AWSVPC || mode == NetworkMode.HOST) {
                hostPort = containerPort; // the host port is the container port in these modes
            } else {
                hostPort = mode == NetworkMode.BRIDGE ? Integer.valueOf(0) : null; // 0: dynamic host port
            }
            out.add(new EcsTaskDefinition.PortMapping(containerPort, hostPort,
                    f.string(at + "/protocol", Fields.get(m, "Protocol"), "tcp"),
                    f.string(at + "/name", Fields.get(m, "Name")),
                    f.string(at + "/app_protocol", Fields.get(m, "AppProtocol"))));
        }
        return out;
    }
}
