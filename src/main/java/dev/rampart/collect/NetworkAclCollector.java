package dev.rampart.collect;

import dev.rampart.snapshot.JsonEnum;
import dev.rampart.snapshot.NetworkAcl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import software.amazon.awssdk.services.ec2.model.DescribeNetworkAclsResponse;
import software.amazon.awssdk.services.ec2.model.NetworkAclAssociation;
import software.amazon.awssdk.services.ec2.model.NetworkAclEntry;

/**
 * Network ACLs ({@code ec2:DescribeNetworkAcls}) with their associated subnets and entries, ingress first and
 * then egress, each by rule number (AWS's catch-all deny entries, 32767 and 32768, come last).
 */
final class NetworkAclCollector {
    private NetworkAclCollector() {}

    private static final Comparator<NetworkAcl.Entry> ORDER = Comparator
            .comparing((NetworkAcl.Entry e) -> Boolean.TRUE.equals(e.egress()))
            .thenComparing(NetworkAcl.Entry::ruleNumber, Comparator.nullsLast(Comparator.naturalOrder()));

    static void collect(RegionScope scope) {
        List<DescribeNetworkAclsResponse> pages = scope.calls.pages(Api.EC2_DESCRIBE_NETWORK_ACLS, "network ACLs",
                List.of(), scope.clients.ec2().describeNetworkAclsPaginator(r -> r.maxResults(1000)));
        if (pages == null) {
            return;
        }
        for (DescribeNetworkAclsResponse page : pages) {
            for (software.amazon.awssdk.services.ec2.model.NetworkAcl a : page.networkAcls()) {
                if (a.networkAclId() == null) {
                    scope.calls.malformed(Api.EC2_DESCRIBE_NETWORK_ACLS, "network ACLs",
                            "a network ACL without NetworkAclId");
                } else if (!scope.ownedByAnotherScannedAccount(a.ownerId())) {
                    scope.add(acl(scope, a));
                }
            }
        }
    }

    private static NetworkAcl acl(RegionScope scope, software.amazon.awssdk.services.ec2.model.NetworkAcl a) {
        String owner = scope.owner(a.ownerId());
        List<String> subnets = new ArrayList<>();
        for (NetworkAclAssociation assoc : a.associations()) {
            if (assoc.subnetId() != null) {
                subnets.add(assoc.subnetId());
            }
        }
        List<NetworkAcl.Entry> entries = new ArrayList<>();
        for (NetworkAclEntry e : a.entries()) {
            entries.add(entry(e));
        }
        entries.sort(ORDER);
        return new NetworkAcl(a.networkAclId(), owner, scope.region, Tags.ec2(a.tags()),
                RegionScope.at(scope.ec2Arn(owner, "network-acl", a.networkAclId())), a.vpcId(),
                Boolean.TRUE.equals(a.isDefault()), false, subnets, entries);
    }

    static NetworkAcl.Entry entry(NetworkAclEntry e) {
        String protocol = Protocols.normalize(e.protocol());
        Integer from = null;
        Integer to = null;
        if (protocol != null && !Protocols.hasPorts(protocol)) {
            from = 0;
            to = 65535;
        } else if (protocol != null && Protocols.isIcmp(protocol)) {
            if (e.icmpTypeCode() != null) {
                from = e.icmpTypeCode().type();
                to = e.icmpTypeCode().code();
            }
        } else if (e.portRange() != null) {
            from = e.portRange().from();
            to = e.portRange().to();
        }
        return new NetworkAcl.Entry(e.ruleNumber(), Boolean.TRUE.equals(e.egress()),
                JsonEnum.parse(NetworkAcl.RuleAction.class, e.ruleActionAsString()), protocol, e.cidrBlock(),
                e.ipv6CidrBlock(), from, to);
    }
}
