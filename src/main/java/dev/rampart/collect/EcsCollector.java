package dev.rampart.collect;

import dev.rampart.snapshot.EcsCluster;
import dev.rampart.snapshot.EcsTaskDefinition;
import dev.rampart.snapshot.JsonEnum;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.ClusterField;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.DescribeClustersResponse;
import software.amazon.awssdk.services.ecs.model.DescribeServicesResponse;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.ListClustersResponse;
import software.amazon.awssdk.services.ecs.model.ListServicesResponse;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceField;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionField;

/**
 * ECS: clusters ({@code ListClusters}, then {@code DescribeClusters} 100 at a time), their services
 * ({@code ListServices} per cluster, {@code DescribeServices} 10 at a time, tags included), and the task
 * definitions those services use ({@code DescribeTaskDefinition}, one each). Environment variables and
 * secrets of task definitions are never copied. Service Connect namespaces are named by name, as in
 * templates ({@link ServiceConnectNamespaces}).
 */
final class EcsCollector {
    private EcsCollector() {}

    static final int CLUSTERS_PER_CALL = 100;
    static final int SERVICES_PER_CALL = 10;

    static void collect(RegionScope scope) {
        List<ListClustersResponse> pages = scope.calls.pages(Api.ECS_LIST_CLUSTERS, "ECS clusters", List.of(),
                scope.clients.ecs().listClustersPaginator(r -> r.maxResults(100)));
        if (pages == null) {
            return;
        }
        List<String> clusterArns = new ArrayList<>();
        pages.forEach(p -> clusterArns.addAll(p.clusterArns()));
        List<Cluster> clusters = describeClusters(scope, clusterArns);
        List<Service> services = new ArrayList<>();
        for (List<Service> s : Fanout.map(clusterArns, arn -> services(scope, arn))) {
            services.addAll(s);
        }
        Map<String, TaskDefinitionWithTags> taskDefinitions = taskDefinitions(scope, services);
        ServiceConnectNamespaces namespaces = ServiceConnectNamespaces.read(scope, clusters, services);
        for (Cluster c : clusters) {
            scope.add(new EcsCluster(c.clusterArn(), scope.account, scope.region, ecsTags(c.tags()),
                    RegionScope.at(c.clusterArn()), c.clusterName(),
                    c.serviceConnectDefaults() == null ? null : namespaces.name(c.serviceConnectDefaults().namespace())));
        }
        for (Service s : services) {
            TaskDefinitionWithTags td = taskDefinitions.get(s.taskDefinition());
            scope.add(EcsServices.service(scope, s, td == null ? null : td.definition(), namespaces));
        }
        taskDefinitions.values().forEach(td -> scope.add(taskDefinition(scope, td)));
    }

    private static List<Cluster> describeClusters(RegionScope scope, List<String> arns) {
        List<Cluster> out = new ArrayList<>();
        for (DescribeClustersResponse r : Fanout.map(batches(arns, CLUSTERS_PER_CALL), batch ->
                scope.calls.one(Api.ECS_DESCRIBE_CLUSTERS, "ECS clusters " + String.join(", ", batch), List.of(),
                        () -> scope.clients.ecs().describeClusters(b -> b.clusters(batch).include(ClusterField.TAGS))))) {
            if (r == null) {
                continue;
            }
            for (Cluster c : r.clusters()) {
                if (c.clusterArn() == null) {
                    scope.calls.malformed(Api.ECS_DESCRIBE_CLUSTERS, "ECS clusters", "a cluster without clusterArn");
                } else {
                    out.add(c);
                }
            }
        }
        return out;
    }

    // The services of one cluster, except deleted (INACTIVE) ones.
    private static List<Service> services(RegionScope scope, String clusterArn) {
        List<ListServicesResponse> pages = scope.calls.pages(Api.ECS_LIST_SERVICES,
                "services of ECS cluster " + clusterArn, List.of(new Calls.Target(clusterArn, null)),
                scope.clients.ecs().listServicesPaginator(r -> r.cluster(clusterArn).maxResults(100)));
        if (pages == null) {
            return List.of();
        }
        List<String> arns = new ArrayList<>();
        pages.forEach(p -> arns.addAll(p.serviceArns()));
        List<Service> out = new ArrayList<>();
        for (DescribeServicesResponse r : Fanout.map(batches(arns, SERVICES_PER_CALL), batch ->
                scope.calls.one(Api.ECS_DESCRIBE_SERVICES, "ECS services " + String.join(", ", batch), List.of(),
                        () -> scope.clients.ecs().describeServices(
                                b -> b.cluster(clusterArn).services(batch).include(ServiceField.TAGS))))) {
            if (r == null) {
                continue;
            }
            for (Service s : r.services()) {
                if (s.serviceArn() == null) {
                    scope.calls.malformed(Api.ECS_DESCRIBE_SERVICES, "ECS services", "a service without serviceArn");
                } else if (!"INACTIVE".equals(s.status())) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** A task definition and its tags, which DescribeTaskDefinition returns beside it. */
    private record TaskDefinitionWithTags(TaskDefinition definition, Map<String, String> tags) {}

    // Each task definition the services use, read once; a failure leaves the services' network mode unknown.
    private static Map<String, TaskDefinitionWithTags> taskDefinitions(RegionScope scope, List<Service> services) {
        Map<String, List<Calls.Target>> users = new LinkedHashMap<>();
        for (Service s : services) {
            if (s.taskDefinition() != null) {
                users.computeIfAbsent(s.taskDefinition(), k -> new ArrayList<>())
                        .add(new Calls.Target(s.serviceArn(), "/network_mode"));
            }
        }
        Map<String, TaskDefinitionWithTags> out = new LinkedHashMap<>();
        List<Map.Entry<String, List<Calls.Target>>> entries = new ArrayList<>(users.entrySet());
        List<DescribeTaskDefinitionResponse> responses = Fanout.map(entries, e -> scope.calls.one(
                Api.ECS_DESCRIBE_TASK_DEFINITION, "task definition " + e.getKey(), e.getValue(),
                () -> scope.clients.ecs().describeTaskDefinition(
                        b -> b.taskDefinition(e.getKey()).include(TaskDefinitionField.TAGS))));
        for (int i = 0; i < entries.size(); i++) {
            DescribeTaskDefinitionResponse r = responses.get(i);
            if (r == null) {
                continue;
            }
            if (r.taskDefinition() == null || r.taskDefinition().taskDefinitionArn() == null) {
                scope.calls.malformed(Api.ECS_DESCRIBE_TASK_DEFINITION, "task definition " + entries.get(i).getKey(),
                        "a response without taskDefinitionArn");
                continue;
            }
            out.put(entries.get(i).getKey(), new TaskDefinitionWithTags(r.taskDefinition(), ecsTags(r.tags())));
        }
        return out;
    }

    private static EcsTaskDefinition taskDefinition(RegionScope scope, TaskDefinitionWithTags described) {
        TaskDefinition td = described.definition();
        List<EcsTaskDefinition.Container> containers = new ArrayList<>();
        for (ContainerDefinition c : td.containerDefinitions()) {
            List<EcsTaskDefinition.PortMapping> ports = new ArrayList<>();
            for (var p : c.portMappings()) {
                ports.add(new EcsTaskDefinition.PortMapping(p.containerPort(), p.hostPort(),
                        p.protocolAsString() == null ? "tcp" : p.protocolAsString(), p.name(), p.appProtocolAsString()));
            }
            containers.add(new EcsTaskDefinition.Container(c.name(), c.image(), ports,
                    c.logConfiguration() == null ? null : c.logConfiguration().logDriverAsString()));
        }
        return new EcsTaskDefinition(td.taskDefinitionArn(), scope.account, scope.region,
                described.tags(), RegionScope.at(td.taskDefinitionArn()),
                td.family(), networkMode(td), new ArrayList<>(td.requiresCompatibilitiesAsStrings()), containers);
    }

    /** A task definition's network mode; AWS's default {@code bridge} when it has none. */
    static EcsTaskDefinition.NetworkMode networkMode(TaskDefinition td) {
        return td.networkModeAsString() == null
                ? EcsTaskDefinition.NetworkMode.BRIDGE
                : JsonEnum.parse(EcsTaskDefinition.NetworkMode.class, td.networkModeAsString());
    }

    static Map<String, String> ecsTags(List<software.amazon.awssdk.services.ecs.model.Tag> tags) {
        return Tags.of(tags, software.amazon.awssdk.services.ecs.model.Tag::key,
                software.amazon.awssdk.services.ecs.model.Tag::value);
    }

    static <T> List<List<T>> batches(List<T> items, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            out.add(List.copyOf(items.subList(i, Math.min(items.size(), i + size))));
        }
        return out;
    }
}
