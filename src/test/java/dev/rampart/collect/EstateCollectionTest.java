package dev.rampart.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.snapshot.AutoScalingGroup;
import dev.rampart.snapshot.Instance;
import dev.rampart.snapshot.NatGateway;
import dev.rampart.snapshot.RouteTable;
import dev.rampart.snapshot.SecurityGroup;
import dev.rampart.snapshot.SgRule;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.VpcEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A varied estate (src/test/resources/aws/estate/, us-east-1): dual-stack networking, every kind of route
 * target, instances in every state, Auto Scaling groups on a launch template, a launch configuration and a
 * mixed-instances policy, ECS on EC2 capacity providers and on Fargate with Service Connect TLS, an ALB and
 * an NLB.
 */
class EstateCollectionTest {
    private static AwsMock aws;
    private static Snapshot snapshot;

    @BeforeAll
    static void collect() {
        aws = new AwsMock().serve("estate", "us-east-1").fallback("empty");
        snapshot = AwsCollector.collect(CollectorFixture.options(aws, "us-east-1").build());
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void snapshotIsTheCheckedGoldenFile() {
        Golden.assertMatches(snapshot, "estate/expected-snapshot.json");
    }

    @Test
    void everyCallSucceeded() {
        assertThat(snapshot.gaps()).isEmpty();
    }

    @Test
    void aSubnetSharedByAnAccountOutsideTheRunIsKeptUnderItsOwner() {
        assertThat(snapshot.subnets()).filteredOn(x -> x.id().equals("subnet-0aa0bb0cc0dd0ee0f")).singleElement()
                .satisfies(x -> {
                    assertThat(x.account()).isEqualTo("222222222222");
                    assertThat(x.location().arn()).isEqualTo("arn:aws:ec2:us-east-1:222222222222:subnet/subnet-0aa0bb0cc0dd0ee0f");
                });
    }

    @Test
    void terminatedAndShuttingDownInstancesAreLeftOut() {
        assertThat(snapshot.instances()).extracting(Instance::id)
                .containsExactly("i-04e1b2c3d4e5f6a77", "i-04e1b2c3d4e5f6a91", "i-04e1b2c3d4e5f6a93");
    }

    @Test
    void anInstanceHasAPublicIpWhenAwsReportsAPublicAddress() {
        assertThat(snapshot.instances()).filteredOn(i -> i.id().equals("i-04e1b2c3d4e5f6a91")).singleElement()
                .extracting(Instance::associatePublicIp).isEqualTo(true);
        assertThat(snapshot.instances()).filteredOn(i -> i.id().equals("i-04e1b2c3d4e5f6a93")).singleElement()
                .extracting(Instance::associatePublicIp).isEqualTo(false);
    }

    @Test
    void routeTargetsAreTypedAndBlackholeRoutesLeftOut() {
        RouteTable priv = table("rtb-04e1b2c3d4e5f6a76");
        assertThat(priv.main()).isTrue();
        assertThat(priv.routes()).extracting(r -> r.target().kind()).containsExactly(
                RouteTable.TargetKind.LOCAL, RouteTable.TargetKind.LOCAL, RouteTable.TargetKind.INSTANCE,
                RouteTable.TargetKind.PCX, RouteTable.TargetKind.TGW, RouteTable.TargetKind.OTHER,
                RouteTable.TargetKind.VPCE);
        RouteTable pub = table("rtb-04e1b2c3d4e5f6a75");
        assertThat(pub.routes()).extracting(RouteTable.Route::destination)
                .containsExactly("10.50.0.0/16", "2600:1f18:4a3:6e00::/56", "0.0.0.0/0", "::/0");
    }

    @Test
    void onlyCurrentSubnetAssociationsCountAndGatewayEdgeAssociationsAreLeftOut() {
        assertThat(table("rtb-04e1b2c3d4e5f6a75").associations())
                .containsExactly(new RouteTable.Association("subnet-04e1b2c3d4e5f6a71"));
        assertThat(table("rtb-04e1b2c3d4e5f6a76").associations()).isEmpty();
    }

    @Test
    void securityGroupRulesAreNormalisedOnePerProtocolAndPortRange() {
        SecurityGroup app = snapshot.securityGroups().stream()
                .filter(g -> g.id().equals("sg-04e1b2c3d4e5f6a80")).findFirst().orElseThrow();
        assertThat(app.ingress()).extracting(SgRule::protocol, SgRule::fromPort, SgRule::toPort).containsExactly(
                org.assertj.core.groups.Tuple.tuple("tcp", 22, 22),
                org.assertj.core.groups.Tuple.tuple("tcp", 443, 443),
                org.assertj.core.groups.Tuple.tuple("icmp", 8, -1),
                org.assertj.core.groups.Tuple.tuple("icmpv6", -1, -1),
                org.assertj.core.groups.Tuple.tuple("50", 0, 65535),
                org.assertj.core.groups.Tuple.tuple("udp", 53, 53),
                org.assertj.core.groups.Tuple.tuple("all", 0, 65535));
        assertThat(app.ingress().get(0).cidrs()).containsExactly("10.0.0.0/8", "192.168.0.0/16");
        assertThat(app.ingress().get(0).description()).isEqualTo("corporate network; vpn");
        assertThat(app.ingress().get(1).ipv6Cidrs()).containsExactly("::/0");
        assertThat(app.ingress().get(1).securityGroupIds()).containsExactly("sg-04e1b2c3d4e5f6a81");
        assertThat(app.ingress().get(5).prefixListIds()).containsExactly("pl-0a1b2c3d4e5f60789");
    }

    @Test
    void deletedNatGatewaysAndEndpointsThatAreGoneAreLeftOut() {
        assertThat(snapshot.natGateways()).extracting(NatGateway::id).containsExactly("nat-04e1b2c3d4e5f6a7d");
        assertThat(snapshot.vpcEndpoints()).extracting(VpcEndpoint::id)
                .doesNotContain("vpce-04e1b2c3d4e5f6a7c").contains("vpce-04e1b2c3d4e5f6a7b");
    }

    @Test
    void endpointServiceNamesAreParsedForServiceAndRegion() {
        VpcEndpoint logs = snapshot.vpcEndpoints().stream().filter(e -> e.id().equals("vpce-04e1b2c3d4e5f6a7b"))
                .findFirst().orElseThrow();
        assertThat(logs.service()).isEqualTo("logs");
        assertThat(logs.serviceRegion()).isEqualTo("us-west-2");
        assertThat(logs.type()).isEqualTo(VpcEndpoint.EndpointType.INTERFACE);
    }

    @Test
    void autoScalingGroupsTakeSecurityGroupsAndPublicIpFromWhatTheyLaunch() {
        assertThat(snapshot.autoScalingGroups()).extracting(g -> g.id().substring(g.id().lastIndexOf('/') + 1),
                        AutoScalingGroup::securityGroupIds, AutoScalingGroup::associatePublicIp)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("web-asg",
                                java.util.List.of("sg-04e1b2c3d4e5f6a80", "sg-04e1b2c3d4e5f6a81"), true),
                        org.assertj.core.groups.Tuple.tuple("legacy-asg", java.util.List.of("sg-04e1b2c3d4e5f6a80"), false),
                        org.assertj.core.groups.Tuple.tuple("batch-asg", java.util.List.of("sg-04e1b2c3d4e5f6a80"), null));
    }

    @Test
    void aLaunchTemplateNamedByNameIsRecordedByItsId() {
        AutoScalingGroup batch = snapshot.autoScalingGroups().stream().filter(g -> g.id().endsWith("/batch-asg"))
                .findFirst().orElseThrow();
        assertThat(batch.launchTemplate()).isEqualTo(new AutoScalingGroup.LaunchTemplateRef("lt-0b2c3d4e5f6071829", "3"));
        assertThat(batch.subnetIds()).containsExactly("subnet-04e1b2c3d4e5f6a72");
    }

    @Test
    void inactiveServicesAreLeftOutAndCapacityProviderServicesHaveNoLaunchType() {
        assertThat(snapshot.ecsServices()).extracting(s -> s.name()).containsExactly("api", "worker");
        var worker = snapshot.ecsServices().get(1);
        assertThat(worker.launchType()).isNull();
        assertThat(worker.capacityProviders()).containsExactly("platform-ec2");
        assertThat(worker.networkMode()).isEqualTo(dev.rampart.snapshot.EcsTaskDefinition.NetworkMode.BRIDGE);
        assertThat(worker.subnetIds()).isNull();
    }

    @Test
    void serviceConnectTlsComesFromThePrimaryDeployment() {
        var api = snapshot.ecsServices().get(0);
        assertThat(api.assignPublicIp()).isTrue();
        assertThat(api.serviceConnect().enabled()).isTrue();
        assertThat(api.serviceConnect().services()).singleElement().satisfies(s -> {
            assertThat(s.portName()).isEqualTo("api-grpc");
            assertThat(s.tls().issuerCertificateAuthorityArn()).startsWith("arn:aws:acm-pca:us-east-1:");
        });
        assertThat(aws.requestsFor("servicediscovery:ListNamespaces")).isZero();
    }

    @Test
    void listenersKeepRedirectsAndWeightedForwards() {
        var listeners = snapshot.listeners();
        assertThat(listeners.get(0).defaultActions().get(0).redirect().protocol()).isEqualTo("HTTPS");
        assertThat(listeners.get(1).defaultActions().get(0).targetGroupIds()).hasSize(2);
        assertThat(listeners.get(2).protocol()).isEqualTo("TLS");
        assertThat(listeners.get(2).sslPolicy()).isEqualTo("ELBSecurityPolicy-2016-08");
    }

    private static RouteTable table(String id) {
        return snapshot.routeTables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
