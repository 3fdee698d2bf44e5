package dev.rampart.collect;

import dev.rampart.snapshot.Vpc;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.AttributeBooleanValue;
import software.amazon.awssdk.services.ec2.model.DescribeVpcAttributeResponse;
import software.amazon.awssdk.services.ec2.model.DescribeVpcsResponse;
import software.amazon.awssdk.services.ec2.model.VpcAttributeName;
import software.amazon.awssdk.services.ec2.model.VpcCidrBlockStateCode;
import software.amazon.awssdk.services.ec2.model.VpcIpv6CidrBlockAssociation;

/**
 * VPCs ({@code ec2:DescribeVpcs}) and their DNS settings, which only {@code ec2:DescribeVpcAttribute} tells,
 * one attribute per call.
 */
final class VpcCollector {
    private VpcCollector() {}

    static void collect(RegionScope scope) {
        List<DescribeVpcsResponse> pages = scope.calls.pages(Api.EC2_DESCRIBE_VPCS, "VPCs", List.of(),
                scope.clients.ec2().describeVpcsPaginator(r -> r.maxResults(1000)));
        if (pages == null) {
            return;
        }
        List<software.amazon.awssdk.services.ec2.model.Vpc> vpcs = new ArrayList<>();
        for (DescribeVpcsResponse page : pages) {
            for (software.amazon.awssdk.services.ec2.model.Vpc v : page.vpcs()) {
                if (v.vpcId() == null) {
                    scope.calls.malformed(Api.EC2_DESCRIBE_VPCS, "VPCs", "a VPC without VpcId");
                } else if (!scope.ownedByAnotherScannedAccount(v.ownerId())) {
                    vpcs.add(v);
                }
            }
        }
        Fanout.map(vpcs, v -> {
            scope.add(vpc(scope, v));
            return null;
        });
    }

    private static Vpc vpc(RegionScope scope, software.amazon.awssdk.services.ec2.model.Vpc v) {
        String owner = scope.owner(v.ownerId());
        List<String> ipv6 = new ArrayList<>();
        for (VpcIpv6CidrBlockAssociation a : v.ipv6CidrBlockAssociationSet()) {
            if (a.ipv6CidrBlock() != null && (a.ipv6CidrBlockState() == null
                    || a.ipv6CidrBlockState().state() == VpcCidrBlockStateCode.ASSOCIATED)) {
                ipv6.add(a.ipv6CidrBlock());
            }
        }
        return new Vpc(v.vpcId(), owner, scope.region, Tags.ec2(v.tags()),
                RegionScope.at(scope.ec2Arn(owner, "vpc", v.vpcId())), v.cidrBlock(), ipv6, v.isDefault(),
                attribute(scope, v.vpcId(), VpcAttributeName.ENABLE_DNS_SUPPORT),
                attribute(scope, v.vpcId(), VpcAttributeName.ENABLE_DNS_HOSTNAMES));
    }

    private static Boolean attribute(RegionScope scope, String vpcId, VpcAttributeName name) {
        String field = name == VpcAttributeName.ENABLE_DNS_SUPPORT ? "/enable_dns_support" : "/enable_dns_hostnames";
        DescribeVpcAttributeResponse r = scope.calls.one(Api.EC2_DESCRIBE_VPC_ATTRIBUTE,
                "attribute " + name + " of " + vpcId, List.of(new Calls.Target(vpcId, field)),
                () -> scope.clients.ec2().describeVpcAttribute(b -> b.vpcId(vpcId).attribute(name)));
        if (r == null) {
            return null;
        }
        AttributeBooleanValue value = name == VpcAttributeName.ENABLE_DNS_SUPPORT
                ? r.enableDnsSupport() : r.enableDnsHostnames();
        return value == null ? null : value.value();
    }
}
