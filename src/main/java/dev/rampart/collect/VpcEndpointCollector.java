package dev.rampart.collect;

import dev.rampart.snapshot.EndpointServiceName;
import dev.rampart.snapshot.JsonEnum;
import dev.rampart.snapshot.VpcEndpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.services.ec2.model.DescribeVpcEndpointsResponse;
import software.amazon.awssdk.services.ec2.model.SecurityGroupIdentifier;

/**
 * VPC endpoints ({@code ec2:DescribeVpcEndpoints}), with the service's short name and region parsed from its
 * service name as the template adapter parses it. Endpoints that are gone or never worked are left out.
 */
final class VpcEndpointCollector {
    private VpcEndpointCollector() {}

    // AWS spells states in lower camel case ("available", "pendingAcceptance") while the SDK's enum is
    // capitalised, so states are compared as text.
    private static final Set<String> GONE = Set.of("deleted", "rejected", "failed", "expired");

    static void collect(RegionScope scope) {
        List<DescribeVpcEndpointsResponse> pages = scope.calls.pages(Api.EC2_DESCRIBE_VPC_ENDPOINTS, "VPC endpoints",
                List.of(), scope.clients.ec2().describeVpcEndpointsPaginator(r -> r.maxResults(1000)));
        if (pages == null) {
            return;
        }
        for (DescribeVpcEndpointsResponse page : pages) {
            for (software.amazon.awssdk.services.ec2.model.VpcEndpoint e : page.vpcEndpoints()) {
                if (e.vpcEndpointId() == null) {
                    scope.calls.malformed(Api.EC2_DESCRIBE_VPC_ENDPOINTS, "VPC endpoints",
                            "an endpoint without VpcEndpointId");
                    continue;
                }
                String state = e.stateAsString() == null ? "" : e.stateAsString().toLowerCase(Locale.ROOT);
                if (GONE.contains(state) || scope.ownedByAnotherScannedAccount(e.ownerId())) {
                    continue;
                }
                scope.add(endpoint(scope, e));
            }
        }
    }

    private static VpcEndpoint endpoint(RegionScope scope, software.amazon.awssdk.services.ec2.model.VpcEndpoint e) {
        String owner = scope.owner(e.ownerId());
        EndpointServiceName name = EndpointServiceName.parse(e.serviceName());
        List<String> groups = new ArrayList<>();
        for (SecurityGroupIdentifier g : e.groups()) {
            if (g.groupId() != null) {
                groups.add(g.groupId());
            }
        }
        return new VpcEndpoint(e.vpcEndpointId(), owner, scope.region, Tags.ec2(e.tags()),
                RegionScope.at(scope.ec2Arn(owner, "vpc-endpoint", e.vpcEndpointId())), e.vpcId(), e.serviceName(),
                name == null ? null : name.service(), name == null ? null : name.region(),
                JsonEnum.parse(VpcEndpoint.EndpointType.class, e.vpcEndpointTypeAsString()),
                new ArrayList<>(e.subnetIds()), new ArrayList<>(e.routeTableIds()), e.privateDnsEnabled(), groups);
    }
}
