package dev.rampart.template;

import static dev.rampart.template.Fixtures.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.snapshot.EgressOnlyInternetGateway;
import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.InternetGateway;
import dev.rampart.snapshot.NatGateway;
import dev.rampart.snapshot.NetworkAcl;
import dev.rampart.snapshot.RouteTable;
import dev.rampart.snapshot.RouteTable.DestinationKind;
import dev.rampart.snapshot.RouteTable.TargetKind;
import dev.rampart.snapshot.SecurityGroup;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.Subnet;
import dev.rampart.snapshot.Vpc;
import dev.rampart.snapshot.VpcEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** fixtures/templates/network.yaml: the network resource kinds, as a reader of the snapshot sees them. */
class NetworkFixtureTest {
    private static Snapshot snapshot;

    @BeforeAll
    static void read() {
        snapshot = Fixtures.read(Fixtures.inEuWest1(), Fixtures.template("network.yaml"));
    }

    private static RouteTable.Route route(String destination, TargetKind kind, String target) {
        return new RouteTable.Route(destination,
                destination != null && destination.contains(":") ? DestinationKind.IPV6
                        : destination != null && destination.startsWith("pl-") ? DestinationKind.PREFIX_LIST
                        : DestinationKind.IPV4,
                new RouteTable.Target(kind, target));
    }

    @Test
    void vpcTakesItsCidrFromAMappingAndAwsDefaults() {
        Vpc vpc = find(snapshot, Vpc.class, "network/Vpc");
        assertThat(vpc.cidrBlock()).isEqualTo("10.0.0.0/16");
        assertThat(vpc.enableDnsSupport()).isTrue();
        assertThat(vpc.enableDnsHostnames()).isTrue();
        assertThat(vpc.isDefault()).isFalse();
        assertThat(vpc.tags()).containsEntry("Name", "prod-vpc").containsEntry("environment", "prod");
        assertThat(vpc.ipv6CidrBlocks()).containsExactly((String) null);
        assertThat(vpc.location().line()).isEqualTo(36);
        assertThat(vpc.location().column()).isEqualTo(3);
        assertThat(vpc.location().file()).isEqualTo("fixtures/templates/network.yaml");
        assertThat(vpc.region()).isEqualTo("eu-west-1");
        assertThat(vpc.account()).isEqualTo("111111111111");
    }

    @Test
    void subnetsResolveCidrAndZoneIntrinsics() {
        Subnet a = find(snapshot, Subnet.class, "network/PublicSubnetA");
        assertThat(a.cidrBlock()).isEqualTo("10.0.0.0/24");
        assertThat(a.availabilityZone()).isEqualTo("eu-west-1a");
        assertThat(a.mapPublicIpOnLaunch()).isTrue();
        assertThat(a.vpcId()).isEqualTo("network/Vpc");
        Subnet b = find(snapshot, Subnet.class, "network/PrivateSubnetB");
        assertThat(b.cidrBlock()).isEqualTo("10.0.3.0/24");
        assertThat(b.availabilityZone()).isEqualTo("eu-west-1b");
        assertThat(b.mapPublicIpOnLaunch()).isFalse();
    }

    @Test
    void publicRouteTableHasTheLocalRoutesThenAnInternetGatewayRoute() {
        RouteTable rt = find(snapshot, RouteTable.class, "network/PublicRouteTable");
        assertThat(rt.main()).isFalse();
        assertThat(rt.implicit()).isFalse();
        assertThat(rt.routes()).containsExactly(
                route("10.0.0.0/16", TargetKind.LOCAL, "local"),
                new RouteTable.Route(null, DestinationKind.IPV6, new RouteTable.Target(TargetKind.LOCAL, "local")),
                route("0.0.0.0/0", TargetKind.IGW, "network/InternetGateway"),
                route("::/0", TargetKind.IGW, "network/InternetGateway"));
        assertThat(rt.associations()).containsExactly(new RouteTable.Association("network/PublicSubnetA"));
    }

    @Test
    void privateRouteTableTypesEveryTarget() {
        RouteTable rt = find(snapshot, RouteTable.class, "network/PrivateRouteTable");
        assertThat(rt.routes()).extracting(RouteTable.Route::target).containsExactly(
                new RouteTable.Target(TargetKind.LOCAL, "local"),
                new RouteTable.Target(TargetKind.LOCAL, "local"),
                new RouteTable.Target(TargetKind.NAT, "network/NatGateway"),
                new RouteTable.Target(TargetKind.EIGW, "network/EgressOnlyGateway"),
                new RouteTable.Target(TargetKind.TGW, "tgw-0123456789abcdef0"),
                new RouteTable.Target(TargetKind.PCX, null),
                new RouteTable.Target(TargetKind.OTHER, "vgw-0123456789abcdef0"));
        assertThat(rt.routes().get(6).destinationKind()).isEqualTo(DestinationKind.PREFIX_LIST);
        assertThat(rt.associations()).extracting(RouteTable.Association::subnetId)
                .containsExactly("network/PrivateSubnetA", "network/PrivateSubnetB");
    }

    @Test
    void everyTemplateVpcHasAnImplicitMainRouteTableWithOnlyLocalRoutes() {
        RouteTable main = find(snapshot, RouteTable.class, "network/Vpc#main-route-table");
        assertThat(main.main()).isTrue();
        assertThat(main.implicit()).isTrue();
        assertThat(main.associations()).isEmpty();
        assertThat(main.routes()).extracting(r -> r.target().kind()).containsOnly(TargetKind.LOCAL);
        assertThat(main.location()).isEqualTo(find(snapshot, Vpc.class, "network/Vpc").location());
    }

    @Test
    void gatewaysKnowTheirVpcAndSubnet() {
        assertThat(find(snapshot, InternetGateway.class, "network/InternetGateway").attachments())
                .containsExactly(new InternetGateway.Attachment("network/Vpc"));
        assertThat(find(snapshot, EgressOnlyInternetGateway.class, "network/EgressOnlyGateway").vpcId())
                .isEqualTo("network/Vpc");
        NatGateway nat = find(snapshot, NatGateway.class, "network/NatGateway");
        assertThat(nat.subnetId()).isEqualTo("network/PublicSubnetA");
        assertThat(nat.connectivityType()).isEqualTo(NatGateway.ConnectivityType.PUBLIC);
    }

    @Test
    void networkAclEntriesAreNormalisedAndOrdered() {
        NetworkAcl acl = find(snapshot, NetworkAcl.class, "network/PrivateAcl");
        assertThat(acl.isDefault()).isFalse();
        assertThat(acl.subnetIds()).containsExactly("network/PrivateSubnetA");
        assertThat(acl.entries()).containsExactly(
                new NetworkAcl.Entry(100, false, NetworkAcl.RuleAction.ALLOW, "tcp", "10.0.0.0/16", null, 443, 443),
                new NetworkAcl.Entry(110, false, NetworkAcl.RuleAction.ALLOW, "icmp", "10.0.0.0/8", null, 8, -1),
                new NetworkAcl.Entry(200, false, NetworkAcl.RuleAction.DENY, "all", "0.0.0.0/0", null, 0, 65535),
                new NetworkAcl.Entry(32767, false, NetworkAcl.RuleAction.DENY, "all", "0.0.0.0/0", null, 0, 65535),
                new NetworkAcl.Entry(32768, false, NetworkAcl.RuleAction.DENY, "all", null, "::/0", 0, 65535),
                new NetworkAcl.Entry(100, true, NetworkAcl.RuleAction.ALLOW, "all", "0.0.0.0/0", null, 0, 65535),
                new NetworkAcl.Entry(32767, true, NetworkAcl.RuleAction.DENY, "all", "0.0.0.0/0", null, 0, 65535),
                new NetworkAcl.Entry(32768, true, NetworkAcl.RuleAction.DENY, "all", null, "::/0", 0, 65535));
    }

    @Test
    void theImplicitDefaultAclAllowsAllAndHoldsTheOtherSubnets() {
        NetworkAcl acl = find(snapshot, NetworkAcl.class, "network/Vpc#default-network-acl");
        assertThat(acl.isDefault()).isTrue();
        assertThat(acl.implicit()).isTrue();
        assertThat(acl.subnetIds()).containsExactly("network/PublicSubnetA", "network/PrivateSubnetB");
        assertThat(acl.entries()).filteredOn(e -> !e.egress()).extracting(NetworkAcl.Entry::ruleNumber)
                .containsExactly(90, 100, 101, 32767, 32768);
        assertThat(acl.entries()).filteredOn(e -> e.ruleNumber() == 90).singleElement()
                .isEqualTo(new NetworkAcl.Entry(90, false, NetworkAcl.RuleAction.DENY, "tcp", "0.0.0.0/0", null, 22, 22));
    }

    @Test
    void endpointsKnowTheirServiceFromSubAndJoin() {
        VpcEndpoint ecr = find(snapshot, VpcEndpoint.class, "network/EcrApiEndpoint");
        assertThat(ecr.serviceName()).isEqualTo("com.amazonaws.eu-west-1.ecr.api");
        assertThat(ecr.service()).isEqualTo("ecr.api");
        assertThat(ecr.serviceRegion()).isEqualTo("eu-west-1");
        assertThat(ecr.type()).isEqualTo(VpcEndpoint.EndpointType.INTERFACE);
        assertThat(ecr.privateDnsEnabled()).isTrue();
        assertThat(ecr.subnetIds()).containsExactly("network/PrivateSubnetA", "network/PrivateSubnetB");
        assertThat(ecr.securityGroupIds()).containsExactly("network/EndpointSecurityGroup");
        VpcEndpoint s3 = find(snapshot, VpcEndpoint.class, "network/S3Endpoint");
        assertThat(s3.service()).isEqualTo("s3");
        assertThat(s3.type()).isEqualTo(VpcEndpoint.EndpointType.GATEWAY);
        assertThat(s3.routeTableIds()).containsExactly("network/PrivateRouteTable");
        assertThat(s3.privateDnsEnabled()).isFalse();
    }

    @Test
    void anInterfaceEndpointWithoutGroupsGetsTheVpcsDefaultGroupAndPrivateDnsOff() {
        VpcEndpoint dkr = find(snapshot, VpcEndpoint.class, "network/EcrDockerEndpoint");
        assertThat(dkr.service()).isEqualTo("ecr.dkr");
        assertThat(dkr.securityGroupIds()).containsExactly("network/Vpc#default-security-group");
        assertThat(dkr.privateDnsEnabled()).isFalse();
        assertThat(find(snapshot, SecurityGroup.class, "network/Vpc#default-security-group").implicit()).isTrue();
    }

    @Test
    void theServiceOfAnEndpointIsKnownEvenWhenItsRegionIsNot() {
        Snapshot noRegion = Fixtures.read(Fixtures.options(), Fixtures.template("network.yaml"));
        VpcEndpoint ecr = find(noRegion, VpcEndpoint.class, "network/EcrApiEndpoint");
        assertThat(ecr.serviceName()).isNull();
        assertThat(ecr.service()).isEqualTo("ecr.api");
        assertThat(ecr.serviceRegion()).isNull();
        assertThat(noRegion.gaps()).extracting(Gap::resource, Gap::field).contains(
                org.assertj.core.groups.Tuple.tuple("network/EcrApiEndpoint", "/service_name"),
                org.assertj.core.groups.Tuple.tuple("network/EcrApiEndpoint", "/service_region"));
        assertThat(find(noRegion, VpcEndpoint.class, "network/S3Endpoint").service()).isEqualTo("s3");
    }

    @Test
    void aResourceWhoseConditionIsFalseIsLeftOut() {
        assertThat(snapshot.vpcEndpoints()).extracting(VpcEndpoint::id).doesNotContain("network/LogsEndpoint");
        assertThat(snapshot.source().unsupportedResourceTypes()).containsOnlyKeys("AWS::EC2::EIP");
    }

    @Test
    void aRouteWhoseConditionIsUnknownIsKeptWithAGapPointingAtIt() {
        RouteTable rt = find(snapshot, RouteTable.class, "network/PrivateRouteTable");
        assertThat(rt.routes().get(5).destination()).isEqualTo("192.168.0.0/16");
        assertThat(snapshot.gaps()).anySatisfy(g -> {
            assertThat(g.resource()).isEqualTo("network/PrivateRouteTable");
            assertThat(g.field()).isEqualTo("/routes/5");
            assertThat(g.reason()).startsWith("condition HasPeering of PrivatePeeringRoute could not be evaluated")
                    .endsWith("the entry is kept");
            assertThat(g.location().logicalId()).isEqualTo("PrivatePeeringRoute");
        });
        assertThat(snapshot.gaps()).extracting(Gap::resource).doesNotContain("network/PrivatePeeringRoute");
        assertThat(snapshot.gaps()).anySatisfy(g -> {
            assertThat(g.resource()).isEqualTo("network/PrivateRouteTable");
            assertThat(g.field()).isEqualTo("/routes/5/target/id");
            assertThat(g.reason()).contains("PeeringConnectionId");
        });
    }

    @Test
    void aGivenParameterTurnsConditionsAndValues() {
        Snapshot dev = Fixtures.read(Fixtures.inEuWest1().withParameters(java.util.Map.of("Environment", "dev",
                "EnableIpv6", "false", "PeeringConnectionId", "pcx-1234")), Fixtures.template("network.yaml"));
        assertThat(find(dev, Vpc.class, "network/Vpc").cidrBlock()).isEqualTo("10.1.0.0/16");
        assertThat(find(dev, Vpc.class, "network/Vpc").ipv6CidrBlocks()).isEmpty();
        assertThat(dev.egressOnlyInternetGateways()).isEmpty();
        assertThat(dev.vpcEndpoints()).extracting(VpcEndpoint::id).contains("network/LogsEndpoint");
        assertThat(find(dev, RouteTable.class, "network/PrivateRouteTable").routes())
                .extracting(r -> r.target().id()).contains("pcx-1234");
        assertThat(dev.gaps()).isEmpty();
    }

    @Test
    void theSourceNamesTheFileAndStackAsGiven() {
        assertThat(Fixtures.countByKind(snapshot)).containsOnlyKeys("vpcs", "subnets", "route_tables",
                "internet_gateways", "egress_only_internet_gateways", "nat_gateways", "security_groups",
                "network_acls", "vpc_endpoints");
        assertThat(snapshot.source().files()).containsExactly("fixtures/templates/network.yaml");
        assertThat(snapshot.source().stacks()).containsExactly(new dev.rampart.snapshot.StackInfo("network",
                "fixtures/templates/network.yaml", "111111111111", "eu-west-1", null));
        assertThat(snapshot.source().generatedAt()).isEqualTo("2025-01-01T00:00:00Z");
    }
}
