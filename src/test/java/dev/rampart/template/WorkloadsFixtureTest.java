package dev.rampart.template;

import static dev.rampart.template.Fixtures.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.snapshot.AutoScalingGroup;
import dev.rampart.snapshot.EcsCluster;
import dev.rampart.snapshot.EcsService;
import dev.rampart.snapshot.EcsTaskDefinition;
import dev.rampart.snapshot.Instance;
import dev.rampart.snapshot.Listener;
import dev.rampart.snapshot.LoadBalancer;
import dev.rampart.snapshot.SecurityGroup;
import dev.rampart.snapshot.SgRule;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.snapshot.TargetGroup;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** fixtures/templates/workloads.yaml, read with network.yaml so that its imports resolve. */
class WorkloadsFixtureTest {
    private static Snapshot snapshot;

    @BeforeAll
    static void read() {
        snapshot = Fixtures.read(Fixtures.inEuWest1(), Fixtures.template("network.yaml"),
                Fixtures.template("workloads.yaml"));
    }

    private static SgRule rule(String protocol, int from, int to, List<String> cidrs, List<String> ipv6,
            List<String> groups, List<String> prefixLists, String description) {
        return new SgRule(protocol, from, to, cidrs, ipv6, groups, prefixLists, description);
    }

    @Test
    void rulesForOneProtocolAndPortRangeAreMergedWithAllTheirPeers() {
        SecurityGroup alb = find(snapshot, SecurityGroup.class, "workloads/AlbSecurityGroup");
        assertThat(alb.vpcId()).isEqualTo("network/Vpc");
        assertThat(alb.groupName()).isEqualTo("shop-alb");
        assertThat(alb.ingress()).containsExactly(
                rule("tcp", 443, 443, List.of("0.0.0.0/0"), List.of("::/0"), List.of(), List.of(), "HTTPS from anywhere"),
                rule("tcp", 80, 80, List.of("0.0.0.0/0"), List.of(), List.of(), List.of(), null));
    }

    @Test
    void aGroupWithoutInlineEgressGetsAwsDefaultRuleAndItsStandaloneRules() {
        SecurityGroup alb = find(snapshot, SecurityGroup.class, "workloads/AlbSecurityGroup");
        assertThat(alb.egress()).containsExactly(
                rule("all", 0, 65535, List.of("0.0.0.0/0"), List.of("::/0"), List.of(), List.of(), null),
                rule("tcp", 80, 80, List.of(), List.of(), List.of("workloads/WebSecurityGroup"), List.of(), null));
    }

    @Test
    void inlineEgressReplacesTheDefaultRuleAndStandaloneIngressIsFoldedIn() {
        SecurityGroup web = find(snapshot, SecurityGroup.class, "workloads/WebSecurityGroup");
        assertThat(web.egress()).containsExactly(
                rule("tcp", 443, 443, List.of("0.0.0.0/0"), List.of(), List.of(), List.of("pl-6ea54007"), null));
        assertThat(web.ingress()).containsExactly(
                rule("tcp", 80, 80, List.of(), List.of(), List.of("workloads/AlbSecurityGroup"), List.of(), null),
                rule("tcp", 22, 22, List.of(), List.of(), List.of("workloads/BastionSecurityGroup"), List.of(), null));
    }

    @Test
    void protocolsAreNormalisedWithIcmpTypesAndPortlessProtocols() {
        SecurityGroup bastion = find(snapshot, SecurityGroup.class, "workloads/BastionSecurityGroup");
        assertThat(bastion.ingress()).containsExactly(
                rule("tcp", 22, 22, List.of("203.0.113.0/24", "198.51.100.0/24"), List.of(), List.of(), List.of(), null),
                rule("icmp", 8, -1, List.of("10.0.0.0/8"), List.of(), List.of(), List.of(), null),
                rule("50", 0, 65535, List.of("10.0.0.0/8"), List.of(), List.of(), List.of(), null));
    }

    @Test
    void anInstanceTakesSubnetGroupsAndPublicIpFromItsPrimaryInterface() {
        Instance bastion = find(snapshot, Instance.class, "workloads/Bastion");
        assertThat(bastion.subnetId()).isEqualTo("network/PublicSubnetA");
        assertThat(bastion.securityGroupIds()).containsExactly("workloads/BastionSecurityGroup");
        assertThat(bastion.associatePublicIp()).isTrue();
        assertThat(bastion.instanceType()).isEqualTo("t3.micro");
        assertThat(bastion.imageId()).isNull();
        assertThat(bastion.tags()).containsEntry("role", "bastion");
    }

    @Test
    void anAutoScalingGroupTakesItsGroupsFromItsLaunchTemplate() {
        AutoScalingGroup workers = find(snapshot, AutoScalingGroup.class, "workloads/WorkerGroup");
        assertThat(workers.subnetIds()).containsExactly("network/PrivateSubnetA", "network/PrivateSubnetB");
        assertThat(workers.launchTemplate()).isEqualTo(new AutoScalingGroup.LaunchTemplateRef(
                "workloads/WorkerLaunchTemplate", null));
        assertThat(workers.securityGroupIds()).containsExactly("workloads/WebSecurityGroup");
        assertThat(workers.associatePublicIp()).isNull();
        assertThat(workers.tags()).containsEntry("role", "worker");
    }

    @Test
    void anAutoScalingGroupTakesItsGroupsFromItsLaunchConfiguration() {
        AutoScalingGroup legacy = find(snapshot, AutoScalingGroup.class, "workloads/LegacyGroup");
        assertThat(legacy.launchConfiguration()).isEqualTo("workloads/LegacyConfiguration");
        assertThat(legacy.launchTemplate()).isNull();
        assertThat(legacy.subnetIds()).isNull();
        assertThat(legacy.availabilityZones()).containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c");
        assertThat(legacy.securityGroupIds()).containsExactly("workloads/BastionSecurityGroup");
        assertThat(legacy.associatePublicIp()).isFalse();
    }

    @Test
    void clusterAndServicesNameTheSameServiceConnectNamespace() {
        EcsCluster cluster = find(snapshot, EcsCluster.class, "workloads/Cluster");
        assertThat(cluster.name()).isEqualTo("shop");
        assertThat(cluster.serviceConnectNamespace()).isEqualTo("shop.local");
        assertThat(find(snapshot, EcsService.class, "workloads/WebService").serviceConnect().namespace())
                .isEqualTo("shop.local");
    }

    @Test
    void taskDefinitionsKeepPortsAndLogDriversButNeverEnvironment() {
        EcsTaskDefinition web = find(snapshot, EcsTaskDefinition.class, "workloads/WebTask");
        assertThat(web.networkMode()).isEqualTo(EcsTaskDefinition.NetworkMode.AWSVPC);
        assertThat(web.requiresCompatibilities()).containsExactly("FARGATE");
        assertThat(web.containers()).containsExactly(new EcsTaskDefinition.Container("web",
                "public.ecr.aws/nginx/nginx:stable",
                List.of(new EcsTaskDefinition.PortMapping(80, 80, "tcp", "http", "http")), "awslogs"));
        assertThat(SnapshotWriter.toJson(snapshot)).doesNotContain("never-copied-into-a-snapshot")
                .doesNotContain("DB_PASSWORD");
    }

    @Test
    void aBridgeTaskDefinitionDefaultsToDynamicHostPorts() {
        EcsTaskDefinition worker = find(snapshot, EcsTaskDefinition.class, "workloads/WorkerTask");
        assertThat(worker.networkMode()).isEqualTo(EcsTaskDefinition.NetworkMode.BRIDGE);
        assertThat(worker.containers().get(0).portMappings()).containsExactly(
                new EcsTaskDefinition.PortMapping(8080, 0, "tcp", null, null));
        assertThat(worker.containers().get(0).logDriver()).isNull();
    }

    @Test
    void aFargateServiceHasItsNetworkLoadBalancerAndServiceConnectTls() {
        EcsService web = find(snapshot, EcsService.class, "workloads/WebService");
        assertThat(web.clusterId()).isEqualTo("workloads/Cluster");
        assertThat(web.taskDefinitionId()).isEqualTo("workloads/WebTask");
        assertThat(web.launchType()).isEqualTo(EcsService.LaunchType.FARGATE);
        assertThat(web.networkMode()).isEqualTo(EcsTaskDefinition.NetworkMode.AWSVPC);
        assertThat(web.subnetIds()).containsExactly("network/PrivateSubnetA", "network/PrivateSubnetB");
        assertThat(web.securityGroupIds()).containsExactly("workloads/WebSecurityGroup");
        assertThat(web.assignPublicIp()).isFalse();
        assertThat(web.loadBalancers()).containsExactly(
                new EcsService.LoadBalancerBinding("workloads/WebTargetGroup", null, "web", 80));
        assertThat(web.serviceConnect()).isEqualTo(new EcsService.ServiceConnect(true, "shop.local",
                List.of(new EcsService.ScService("http", "web", List.of(new EcsService.ClientAlias(80, "web")),
                        new EcsService.Tls("arn:aws:acm-pca:eu-west-1:111111111111:certificate-authority/"
                                + "11111111-2222-3333-4444-555555555555", "alias/service-connect",
                                "workloads/TlsRole")))));
        assertThat(web.tags()).containsEntry("data-classification", "confidential");
    }

    @Test
    void withoutThePrivateCaTheTlsBlockIsGone() {
        Snapshot noTls = Fixtures.read(Fixtures.inEuWest1().withParameters(java.util.Map.of("PrivateCaArn", "")),
                Fixtures.template("network.yaml"), Fixtures.template("workloads.yaml"));
        assertThat(find(noTls, EcsService.class, "workloads/WebService").serviceConnect().services().get(0).tls())
                .isNull();
    }

    @Test
    void aServiceOnACapacityProviderHasNoLaunchType() {
        EcsService worker = find(snapshot, EcsService.class, "workloads/WorkerService");
        assertThat(worker.launchType()).isNull();
        assertThat(worker.capacityProviders()).containsExactly("worker-capacity");
        assertThat(worker.networkMode()).isEqualTo(EcsTaskDefinition.NetworkMode.BRIDGE);
        assertThat(worker.subnetIds()).isNull();
        assertThat(worker.assignPublicIp()).isNull();
        assertThat(worker.serviceConnect()).isNull();
    }

    @Test
    void aServiceWithUnknownSubnetsKeepsWhatIsKnown() {
        EcsService api = find(snapshot, EcsService.class, "workloads/ApiService");
        assertThat(api.subnetIds()).isNull();
        assertThat(api.assignPublicIp()).isTrue();
        assertThat(api.serviceConnect().enabled()).isTrue();
        assertThat(snapshot.gaps()).anySatisfy(g -> {
            assertThat(g.resource()).isEqualTo("workloads/ApiService");
            assertThat(g.field()).isEqualTo("/subnet_ids");
            assertThat(g.reason()).contains("ApiSubnets");
            assertThat(g.location().file()).isEqualTo("fixtures/templates/workloads.yaml");
        });
    }

    @Test
    void loadBalancersTakeTheirVpcAndZonesFromTheirSubnets() {
        LoadBalancer alb = find(snapshot, LoadBalancer.class, "workloads/LoadBalancer");
        assertThat(alb.type()).isEqualTo(LoadBalancer.Type.APPLICATION);
        assertThat(alb.scheme()).isEqualTo(LoadBalancer.Scheme.INTERNET_FACING);
        assertThat(alb.name()).isEqualTo("shop-alb");
        assertThat(alb.vpcId()).isEqualTo("network/Vpc");
        assertThat(alb.subnetIds()).containsExactly("network/PublicSubnetA");
        assertThat(alb.availabilityZones()).containsExactly("eu-west-1a");
        assertThat(alb.securityGroupIds()).containsExactly("workloads/AlbSecurityGroup");
        LoadBalancer nlb = find(snapshot, LoadBalancer.class, "workloads/InternalNlb");
        assertThat(nlb.type()).isEqualTo(LoadBalancer.Type.NETWORK);
        assertThat(nlb.scheme()).isEqualTo(LoadBalancer.Scheme.INTERNAL);
        assertThat(nlb.subnetIds()).containsExactly("network/PrivateSubnetA");
        assertThat(nlb.securityGroupIds()).isEmpty();
    }

    @Test
    void aRedirectListenerGetsAwsDefaultsForWhatItLeavesOut() {
        Listener http = find(snapshot, Listener.class, "workloads/HttpListener");
        assertThat(http.protocol()).isEqualTo("HTTP");
        assertThat(http.port()).isEqualTo(80);
        assertThat(http.sslPolicy()).isNull();
        assertThat(http.defaultActions()).containsExactly(new Listener.Action("redirect", List.of(),
                new Listener.Redirect("HTTPS", "443", "#{host}", "/#{path}", "#{query}", "HTTP_301")));
    }

    @Test
    void anHttpsListenerForwardsThroughItsForwardConfig() {
        Listener https = find(snapshot, Listener.class, "workloads/HttpsListener");
        assertThat(https.sslPolicy()).isEqualTo("ELBSecurityPolicy-TLS13-1-2-2021-06");
        assertThat(https.defaultActions()).containsExactly(
                new Listener.Action("forward", List.of("workloads/WebTargetGroup"), null));
    }

    @Test
    void targetGroupsKnowTheLoadBalancersThatForwardToThemIncludingThroughRules() {
        assertThat(find(snapshot, TargetGroup.class, "workloads/WebTargetGroup").loadBalancerIds())
                .containsExactly("workloads/LoadBalancer");
        TargetGroup api = find(snapshot, TargetGroup.class, "workloads/ApiTargetGroup");
        assertThat(api.loadBalancerIds()).containsExactly("workloads/LoadBalancer");
        assertThat(api.targetType()).isEqualTo("ip");
        assertThat(api.port()).isEqualTo(8080);
        assertThat(find(snapshot, TargetGroup.class, "workloads/DatabaseTargetGroup").loadBalancerIds())
                .containsExactly("workloads/InternalNlb");
    }

    @Test
    void typesWithoutASnapshotKindAreCounted() {
        assertThat(snapshot.source().unsupportedResourceTypes()).containsEntry("AWS::ElasticLoadBalancingV2::ListenerRule", 1)
                .containsEntry("AWS::IAM::Role", 1).containsEntry("AWS::ServiceDiscovery::HttpNamespace", 1)
                .containsEntry("AWS::EC2::EIP", 1).doesNotContainKey("AWS::EC2::LaunchTemplate");
    }
}
