package dev.rampart.snapshot;

import java.util.List;
import java.util.Map;

/** A load balancer target group ({@code target_groups}) and the load balancers that send traffic to it. */
public record TargetGroup(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String name,
        String vpcId,
        String protocol,
        Integer port,
        String targetType,
        List<String> loadBalancerIds)
        implements Resource {
    public TargetGroup {
        tags = Copies.sortedMap(tags);
        loadBalancerIds = Copies.list(loadBalancerIds);
    }
}
