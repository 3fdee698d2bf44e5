package dev.rampart.collect;

import dev.rampart.snapshot.SecurityGroup;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeSecurityGroupsResponse;

/** Security groups with their rules ({@code ec2:DescribeSecurityGroups}). */
final class SecurityGroupCollector {
    private SecurityGroupCollector() {}

    static void collect(RegionScope scope) {
        List<DescribeSecurityGroupsResponse> pages = scope.calls.pages(Api.EC2_DESCRIBE_SECURITY_GROUPS,
                "security groups", List.of(),
                scope.clients.ec2().describeSecurityGroupsPaginator(r -> r.maxResults(1000)));
        if (pages == null) {
            return;
        }
        for (DescribeSecurityGroupsResponse page : pages) {
            for (software.amazon.awssdk.services.ec2.model.SecurityGroup g : page.securityGroups()) {
                if (g.groupId() == null) {
                    scope.calls.malformed(Api.EC2_DESCRIBE_SECURITY_GROUPS, "security groups",
                            "a security group without GroupId");
                    continue;
                }
                if (scope.ownedByAnotherScannedAccount(g.ownerId())) {
                    continue;
                }
                String owner = scope.owner(g.ownerId());
                scope.add(new SecurityGroup(g.groupId(), owner, scope.region, Tags.ec2(g.tags()),
                        RegionScope.at(scope.ec2Arn(owner, "security-group", g.groupId())), g.vpcId(), g.groupName(),
                        g.description(), false, SgRules.of(g.ipPermissions()), SgRules.of(g.ipPermissionsEgress())));
            }
        }
    }
}
