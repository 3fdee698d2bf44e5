package dev.rampart.snapshot;

import java.util.List;
import java.util.Map;

/**
 * A security group ({@code security_groups}); standalone ingress/egress rule resources of a template are
 * folded into the group they name.
 *
 * @param implicit whether a template implies it without declaring it (a template VPC's default group)
 */
public record SecurityGroup(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String vpcId,
        String groupName,
        String description,
        boolean implicit,
        List<SgRule> ingress,
        List<SgRule> egress)
        implements Resource {
    public SecurityGroup {
        tags = Copies.sortedMap(tags);
        ingress = Copies.list(ingress);
        egress = Copies.list(egress);
    }
}
