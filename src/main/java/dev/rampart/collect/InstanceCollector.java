package dev.rampart.collect;

import dev.rampart.snapshot.Instance;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesResponse;
import software.amazon.awssdk.services.ec2.model.GroupIdentifier;
import software.amazon.awssdk.services.ec2.model.InstanceNetworkInterface;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.Reservation;

/**
 * EC2 instances ({@code ec2:DescribeInstances}), without terminated ones (and those shutting down, which can
 * only become terminated). {@code associate_public_ip} says whether the instance has a public address now.
 */
final class InstanceCollector {
    private InstanceCollector() {}

    static void collect(RegionScope scope) {
        List<DescribeInstancesResponse> pages = scope.calls.pages(Api.EC2_DESCRIBE_INSTANCES, "instances", List.of(),
                scope.clients.ec2().describeInstancesPaginator(r -> r.maxResults(1000)));
        if (pages == null) {
            return;
        }
        for (DescribeInstancesResponse page : pages) {
            for (Reservation reservation : page.reservations()) {
                for (software.amazon.awssdk.services.ec2.model.Instance i : reservation.instances()) {
                    if (i.instanceId() == null) {
                        scope.calls.malformed(Api.EC2_DESCRIBE_INSTANCES, "instances", "an instance without InstanceId");
                        continue;
                    }
                    InstanceStateName state = i.state() == null ? null : i.state().name();
                    if (state == InstanceStateName.TERMINATED || state == InstanceStateName.SHUTTING_DOWN) {
                        continue;
                    }
                    scope.add(instance(scope, reservation.ownerId(), i));
                }
            }
        }
    }

    private static Instance instance(RegionScope scope, String ownerId,
            software.amazon.awssdk.services.ec2.model.Instance i) {
        String owner = scope.owner(ownerId);
        List<String> groups = new ArrayList<>();
        for (GroupIdentifier g : i.securityGroups()) {
            if (g.groupId() != null && !groups.contains(g.groupId())) {
                groups.add(g.groupId());
            }
        }
        return new Instance(i.instanceId(), owner, scope.region, Tags.ec2(i.tags()),
                RegionScope.at(scope.ec2Arn(owner, "instance", i.instanceId())), i.subnetId(), groups,
                hasPublicAddress(i), i.imageId(), i.instanceTypeAsString());
    }

    private static boolean hasPublicAddress(software.amazon.awssdk.services.ec2.model.Instance i) {
        if (i.publicIpAddress() != null) {
            return true;
        }
        for (InstanceNetworkInterface eni : i.networkInterfaces()) {
            if (eni.association() != null && eni.association().publicIp() != null) {
                return true;
            }
        }
        return false;
    }
}
