package dev.rampart.snapshot;

import java.util.List;
import java.util.Map;

/**
 * An Auto Scaling group ({@code auto_scaling_groups}): the instances it launches are workloads in its
 * subnets, with the security groups and public-IP setting of its launch template or configuration.
 */
public record AutoScalingGroup(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        List<String> subnetIds,
        List<String> availabilityZones,
        LaunchTemplateRef launchTemplate,
        String launchConfiguration,
        List<String> securityGroupIds,
        Boolean associatePublicIp)
        implements Resource {
    public AutoScalingGroup {
        tags = Copies.sortedMap(tags);
        subnetIds = Copies.list(subnetIds);
        availabilityZones = Copies.list(availabilityZones);
        securityGroupIds = Copies.list(securityGroupIds);
    }

    /** The launch template a group uses: a template resource id or an {@code lt-…} id, and a version. */
    public record LaunchTemplateRef(String id, String version) {}
}
