package dev.rampart.template;

import static dev.rampart.template.Fixtures.find;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.snapshot.EcsService;
import dev.rampart.snapshot.Instance;
import dev.rampart.snapshot.Listener;
import dev.rampart.snapshot.LoadBalancer;
import dev.rampart.snapshot.Resource;
import dev.rampart.snapshot.SecurityGroup;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.StackInfo;
import dev.rampart.snapshot.Subnet;
import dev.rampart.snapshot.Vpc;
import dev.rampart.snapshot.VpcEndpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real CDK fixtures: fixtures/example/cdk.out and fixtures/cdk-multi/cdk.out. */
class CdkAssemblyTest {
    private static Snapshot example;
    private static Snapshot multi;

    @BeforeAll
    static void read() {
        example = Fixtures.read(Fixtures.options(), Fixtures.EXAMPLE);
        multi = Fixtures.read(Fixtures.options(), Fixtures.CDK_MULTI);
    }

    @Test
    void everyResourceOfTheExampleHasAConstructPathAndALineNumber() {
        assertThat(example.resources()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.location().constructPath()).as(r.id()).startsWith("RampartExample/");
            assertThat(r.location().line()).as(r.id()).isPositive();
            assertThat(r.location().file()).isEqualTo("fixtures/example/cdk.out/RampartExample.template.json");
        });
    }

    @Test
    void theExampleStackTakesAccountAndRegionFromItsEnvironment() {
        assertThat(example.source().stacks()).containsExactly(new StackInfo("RampartExample",
                "fixtures/example/cdk.out/RampartExample.template.json", "111111111111", "eu-west-1", "RampartExample"));
        assertThat(example.resources()).allSatisfy(r -> {
            assertThat(r.account()).isEqualTo("111111111111");
            assertThat(r.region()).isEqualTo("eu-west-1");
        });
        assertThat(example.gaps()).isEmpty();
    }

    @Test
    void theExampleShowsItsIntendedMistakes() {
        Listener http = example.listeners().get(0);
        assertThat(http.protocol()).isEqualTo("HTTP");
        assertThat(http.defaultActions()).extracting(Listener.Action::type).containsExactly("forward");
        EcsService orders = find(example, EcsService.class, "RampartExample/OrdersService70141735");
        assertThat(orders.tags()).containsEntry("data-classification", "confidential");
        assertThat(orders.serviceConnect().enabled()).isTrue();
        assertThat(orders.serviceConnect().services()).singleElement().satisfies(s -> {
            assertThat(s.portName()).isEqualTo("orders-api");
            assertThat(s.tls()).isNull();
        });
        assertThat(example.vpcEndpoints()).extracting(VpcEndpoint::service).containsExactlyInAnyOrder(
                "ecr.api", "ecr.dkr", "s3");
    }

    @Test
    void cdksDefaultSecurityGroupRestrictionLeavesTheDefaultGroupWithoutRules() {
        SecurityGroup def = find(example, SecurityGroup.class, "RampartExample/Vpc8378EB38#default-security-group");
        assertThat(def.ingress()).isEmpty();
        assertThat(def.egress()).isEmpty();
        assertThat(example.source().unsupportedResourceTypes()).doesNotContainKey("Custom::VpcRestrictDefaultSG");
    }

    @Test
    void stageStacksAreReadFromTheirSubAssemblyUnderTheirStackNames() {
        assertThat(multi.source().stacks()).extracting(StackInfo::name, StackInfo::constructPath).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Prod-Network", "Prod/Network"),
                org.assertj.core.groups.Tuple.tuple("Prod-Service", "Prod/Service"),
                org.assertj.core.groups.Tuple.tuple("Prod-Service/WorkloadNestedStackWorkloadNestedStackResource4B74973E",
                        "Prod/Service/Workload"),
                org.assertj.core.groups.Tuple.tuple("Sandbox", "Sandbox"));
        assertThat(multi.source().files()).contains(
                "fixtures/cdk-multi/cdk.out/assembly-Prod/ProdNetwork2D2E7D69.template.json",
                "fixtures/cdk-multi/cdk.out/assembly-Prod/ProdServiceWorkload2979E620.nested.template.json");
    }

    @Test
    void importedValuesResolveToTheExportingStacksResources() {
        EcsService api = find(multi, EcsService.class, "Prod-Service/ApiServiceC9037CF0");
        assertThat(api.subnetIds()).containsExactly("Prod-Network/VpcappSubnet1SubnetAE489B2F",
                "Prod-Network/VpcappSubnet2Subnet2449FB56");
        LoadBalancer alb = find(multi, LoadBalancer.class, "Prod-Service/Alb16C2F182");
        assertThat(alb.vpcId()).isEqualTo("Prod-Network/Vpc8378EB38");
        assertThat(alb.availabilityZones()).doesNotContainNull();
    }

    @Test
    void nestedStackResourcesAreReadAndReachableThroughOutputs() {
        String nested = "Prod-Service/WorkloadNestedStackWorkloadNestedStackResource4B74973E";
        EcsService api = find(multi, EcsService.class, "Prod-Service/ApiServiceC9037CF0");
        assertThat(api.securityGroupIds()).containsExactly(nested + "/TaskSecurityGroup2D2EA438");
        assertThat(api.taskDefinitionId()).isEqualTo(nested + "/ApiTask011D0955");
        assertThat(api.networkMode()).isNotNull();
        SecurityGroup task = find(multi, SecurityGroup.class, nested + "/TaskSecurityGroup2D2EA438");
        assertThat(task.vpcId()).isEqualTo("Prod-Network/Vpc8378EB38");
        assertThat(task.location().constructPath()).startsWith("Prod/Service/Workload/");
        assertThat(task.tags()).containsEntry("environment", "prod");
    }

    @Test
    void anEnvironmentAgnosticStackHasNoAccountOrRegion() {
        Instance devBox = find(multi, Instance.class, "Sandbox/DevBox9BDDA723");
        assertThat(devBox.account()).isNull();
        assertThat(devBox.region()).isNull();
        assertThat(devBox.subnetId()).isEqualTo("Sandbox/VpcpublicSubnet1Subnet2BB74ED7");
        assertThat(find(multi, Subnet.class, "Sandbox/VpcpublicSubnet1Subnet2BB74ED7").mapPublicIpOnLaunch()).isTrue();
        assertThat(multi.gaps()).anySatisfy(g -> {
            assertThat(g.resource()).isEqualTo("Sandbox/VpcpublicSubnet1Subnet2BB74ED7");
            assertThat(g.field()).isEqualTo("/availability_zone");
        });
    }

    @Test
    void regionAndAccountOptionsFillInForAnEnvironmentAgnosticStackOnly() {
        Snapshot s = Fixtures.read(Fixtures.options().withRegion("eu-central-1").withAccount("333333333333"),
                Fixtures.CDK_MULTI);
        assertThat(find(s, Vpc.class, "Sandbox/Vpc8378EB38").region()).isEqualTo("eu-central-1");
        assertThat(find(s, Subnet.class, "Sandbox/VpcpublicSubnet1Subnet2BB74ED7").availabilityZone())
                .isEqualTo("eu-central-1a");
        assertThat(find(s, Vpc.class, "Prod-Network/Vpc8378EB38").region()).isEqualTo("us-east-1");
        assertThat(s.source().accounts()).containsExactly("222222222222", "333333333333");
    }

    @Test
    void theManifestFileItselfNamesTheAssembly() {
        Snapshot s = Fixtures.read(Fixtures.options(), Fixtures.EXAMPLE.resolve("manifest.json"));
        assertThat(s.resources().map(Resource::id)).containsExactlyElementsOf(example.resources().map(Resource::id).toList());
    }
}
