package dev.rampart.collect;

import dev.rampart.snapshot.EgressOnlyInternetGateway;
import dev.rampart.snapshot.InternetGateway;
import dev.rampart.snapshot.JsonEnum;
import dev.rampart.snapshot.NatGateway;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeEgressOnlyInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DescribeInternetGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.DescribeNatGatewaysResponse;
import software.amazon.awssdk.services.ec2.model.InternetGatewayAttachment;
import software.amazon.awssdk.services.ec2.model.NatGatewayState;

/** Internet gateways, egress-only internet gateways and NAT gateways (one family each). */
final class GatewayCollector {
    private GatewayCollector() {}

    static void internetGateways(RegionScope scope) {
        List<DescribeInternetGatewaysResponse> pages = scope.calls.pages(Api.EC2_DESCRIBE_INTERNET_GATEWAYS,
                "internet gateways", List.of(),
                scope.clients.ec2().describeInternetGatewaysPaginator(r -> r.maxResults(1000)));
        if (pages == null) {
            return;
        }
        for (DescribeInternetGatewaysResponse page : pages) {
            for (software.amazon.awssdk.services.ec2.model.InternetGateway g : page.internetGateways()) {
                if (g.internetGatewayId() == null) {
                    scope.calls.malformed(Api.EC2_DESCRIBE_INTERNET_GATEWAYS, "internet gateways",
                            "an internet gateway without InternetGatewayId");
                    continue;
                }
                if (scope.ownedByAnotherScannedAccount(g.ownerId())) {
                    continue;
                }
                String owner = scope.owner(g.ownerId());
                List<InternetGateway.Attachment> attachments = new ArrayList<>();
                for (InternetGatewayAttachment a : g.attachments()) {
                    if (a.vpcId() != null) {
                        attachments.add(new InternetGateway.Attachment(a.vpcId()));
                    }
                }
                scope.add(new InternetGateway(g.internetGatewayId(), owner, scope.region, Tags.ec2(g.tags()),
                        RegionScope.at(scope.ec2Arn(owner, "internet-gateway", g.internetGatewayId())), attachments));
            }
        }
    }

    static void egressOnlyInternetGateways(RegionScope scope) {
        List<DescribeEgressOnlyInternetGatewaysResponse> pages = scope.calls.pages(
                Api.EC2_DESCRIBE_EGRESS_ONLY_INTERNET_GATEWAYS, "egress-only internet gateways", List.of(),
                scope.clients.ec2().describeEgressOnlyInternetGatewaysPaginator(r -> r.maxResults(255)));
        if (pages == null) {
            return;
        }
        for (DescribeEgressOnlyInternetGatewaysResponse page : pages) {
            for (software.amazon.awssdk.services.ec2.model.EgressOnlyInternetGateway g
                    : page.egressOnlyInternetGateways()) {
                String id = g.egressOnlyInternetGatewayId();
                if (id == null) {
                    scope.calls.malformed(Api.EC2_DESCRIBE_EGRESS_ONLY_INTERNET_GATEWAYS,
                            "egress-only internet gateways", "a gateway without EgressOnlyInternetGatewayId");
                    continue;
                }
                String vpc = g.attachments().isEmpty() ? null : g.attachments().get(0).vpcId();
                scope.add(new EgressOnlyInternetGateway(id, scope.account, scope.region, Tags.ec2(g.tags()),
                        RegionScope.at(scope.ec2Arn(scope.account, "egress-only-internet-gateway", id)), vpc));
            }
        }
    }

    static void natGateways(RegionScope scope) {
        List<DescribeNatGatewaysResponse> pages = scope.calls.pages(Api.EC2_DESCRIBE_NAT_GATEWAYS, "NAT gateways",
                List.of(), scope.clients.ec2().describeNatGatewaysPaginator(r -> r.maxResults(1000)));
        if (pages == null) {
            return;
        }
        for (DescribeNatGatewaysResponse page : pages) {
            for (software.amazon.awssdk.services.ec2.model.NatGateway g : page.natGateways()) {
                if (g.natGatewayId() == null) {
                    scope.calls.malformed(Api.EC2_DESCRIBE_NAT_GATEWAYS, "NAT gateways",
                            "a NAT gateway without NatGatewayId");
                    continue;
                }
                // Deleted and failed gateways stay listed for a while but route nothing.
                if (g.state() == NatGatewayState.DELETED || g.state() == NatGatewayState.FAILED) {
                    continue;
                }
                scope.add(new NatGateway(g.natGatewayId(), scope.account, scope.region, Tags.ec2(g.tags()),
                        RegionScope.at(scope.ec2Arn(scope.account, "natgateway", g.natGatewayId())), g.subnetId(),
                        JsonEnum.parse(NatGateway.ConnectivityType.class, g.connectivityTypeAsString())));
            }
        }
    }
}
