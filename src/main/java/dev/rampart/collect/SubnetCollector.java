package dev.rampart.collect;

import dev.rampart.snapshot.Location;
import dev.rampart.snapshot.Subnet;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeSubnetsResponse;
import software.amazon.awssdk.services.ec2.model.SubnetCidrBlockStateCode;
import software.amazon.awssdk.services.ec2.model.SubnetIpv6CidrBlockAssociation;

/** Subnets ({@code ec2:DescribeSubnets}). */
final class SubnetCollector {
    private SubnetCollector() {}

    static void collect(RegionScope scope) {
        List<DescribeSubnetsResponse> pages = scope.calls.pages(Api.EC2_DESCRIBE_SUBNETS, "subnets", List.of(),
                scope.clients.ec2().describeSubnetsPaginator(r -> r.maxResults(1000)));
        if (pages == null) {
            return;
        }
        for (DescribeSubnetsResponse page : pages) {
            for (software.amazon.awssdk.services.ec2.model.Subnet s : page.subnets()) {
                if (s.subnetId() == null) {
                    scope.calls.malformed(Api.EC2_DESCRIBE_SUBNETS, "subnets", "a subnet without SubnetId");
                } else if (!scope.ownedByAnotherScannedAccount(s.ownerId())) {
                    scope.add(subnet(scope, s));
                }
            }
        }
    }

    private static Subnet subnet(RegionScope scope, software.amazon.awssdk.services.ec2.model.Subnet s) {
        String owner = scope.owner(s.ownerId());
        String ipv6 = null;
        for (SubnetIpv6CidrBlockAssociation a : s.ipv6CidrBlockAssociationSet()) {
            if (a.ipv6CidrBlock() != null && (a.ipv6CidrBlockState() == null
                    || a.ipv6CidrBlockState().state() == SubnetCidrBlockStateCode.ASSOCIATED)) {
                ipv6 = a.ipv6CidrBlock();
                break;
            }
        }
        String arn = s.subnetArn() != null ? s.subnetArn() : scope.ec2Arn(owner, "subnet", s.subnetId());
        return new Subnet(s.subnetId(), owner, scope.region, Tags.ec2(s.tags()), Location.ofArn(arn), s.vpcId(),
                s.cidrBlock(), ipv6, s.availabilityZone(), s.mapPublicIpOnLaunch());
    }
}
