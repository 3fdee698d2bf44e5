package dev.rampart.snapshot;

import java.util.Map;

/** An ECS cluster ({@code ecs_clusters}); {@code serviceConnectNamespace} is its default namespace. */
public record EcsCluster(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String name,
        String serviceConnectNamespace)
        implements Resource {
    public EcsCluster {
        tags = Copies.sortedMap(tags);
    }
}
