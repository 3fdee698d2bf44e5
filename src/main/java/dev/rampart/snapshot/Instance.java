package dev.rampart.snapshot;

import java.util.List;
import java.util.Map;

/**
 * An EC2 instance ({@code instances}).
 *
 * @param associatePublicIp whether the instance gets a public IP; {@code null} when the instance does
 *     not say (then its subnet's {@code map_public_ip_on_launch} decides) or it could not be resolved
 */
public record Instance(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String subnetId,
        List<String> securityGroupIds,
        Boolean associatePublicIp,
        String imageId,
        String instanceType)
        implements Resource {
    public Instance {
        tags = Copies.sortedMap(tags);
        securityGroupIds = Copies.list(securityGroupIds);
    }
}
