package dev.rampart.template;

import static dev.rampart.template.Fixtures.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.snapshot.EcsService;
import dev.rampart.snapshot.EcsTaskDefinition;
import dev.rampart.snapshot.Listener;
import dev.rampart.snapshot.LoadBalancer;
import dev.rampart.snapshot.RouteTable;
import dev.rampart.snapshot.SecurityGroup;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotJson;
import dev.rampart.snapshot.SnapshotValidator;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.snapshot.Subnet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real-world templates of ../shared/templates (not copied into the repository): each converts and
 * validates, and the fields the rules depend on come out as judged by hand in their EXPECTED.md.
 */
class SharedTemplatesTest {

    private static Path shared(String name) {
        Path dir = Fixtures.sharedTemplates();
        assumeTrue(dir != null, "../shared/templates is not available in this checkout");
        return dir.resolve(name);
    }

    private static Snapshot read(String name) {
        return Fixtures.read(Fixtures.options(), shared(name));
    }

    @Test
    void everySharedTemplateConvertsToAValidSnapshot() throws IOException {
        Path dir = shared(".");
        List<Path> templates;
        try (Stream<Path> files = Files.list(dir)) {
            templates = files.filter(p -> p.toString().matches(".*\\.(ya?ml|json|template)$")).sorted().toList();
        }
        assertThat(templates).isNotEmpty();
        for (Path t : templates) {
            JsonNode doc = SnapshotJson.mapper().readTree(SnapshotWriter.toJson(Fixtures.read(Fixtures.options(), t)));
            assertThat(SnapshotValidator.instance().validate(doc)).as(t.toString()).isEmpty();
        }
    }

    @Test
    void cpPublicWebServiceSubnetsAreUnknownBecauseOfTheirParameter() {
        Snapshot s = read("cp-public-web-fargate-service.yaml");
        EcsService service = find(s, EcsService.class, "cp-public-web-fargate-service/Service");
        assertThat(service.subnetIds()).isNull();
        assertThat(service.assignPublicIp()).isTrue();
        assertThat(service.networkMode()).isEqualTo(EcsTaskDefinition.NetworkMode.AWSVPC);
        assertThat(service.securityGroupIds()).containsExactly("cp-public-web-fargate-service/ServiceSecurityGroup");
        assertThat(find(s, SecurityGroup.class, "cp-public-web-fargate-service/ServiceSecurityGroup").ingress())
                .singleElement().satisfies(rule -> {
                    assertThat(rule.cidrs()).isEmpty();
                    assertThat(rule.securityGroupIds()).containsExactly("cp-public-web-fargate-service/PublicLoadBalancerSG");
                });
        assertThat(s.gaps()).anySatisfy(g -> {
            assertThat(g.resource()).isEqualTo("cp-public-web-fargate-service/Service");
            assertThat(g.field()).isEqualTo("/subnet_ids");
            assertThat(g.reason()).contains("PublicSubnetIds");
        });
        Listener listener = s.listeners().get(0);
        assertThat(listener.protocol()).isEqualTo("HTTP");
        assertThat(listener.defaultActions()).extracting(Listener.Action::type).containsExactly("forward");
        assertThat(s.loadBalancers()).extracting(LoadBalancer::scheme).containsExactly(LoadBalancer.Scheme.INTERNET_FACING);
    }

    @Test
    void cfnFargatePublicServiceIsPublicWithImportedSubnets() {
        Snapshot s = read("cfn-fargate-public-service.yaml");
        EcsService service = s.ecsServices().get(0);
        assertThat(service.assignPublicIp()).isTrue();
        assertThat(service.subnetIds()).containsOnlyNulls();
        assertThat(s.gaps()).filteredOn(g -> "/subnet_ids/0".equals(g.field())).singleElement()
                .satisfies(g -> assertThat(g.reason()).contains("Fn::ImportValue").contains("PublicSubnetOne"));
    }

    @Test
    void ecsRefarchVpcHasPublicSubnetsBehindAnInternetGateway() {
        Snapshot s = read("ecs-refarch-vpc.yaml");
        assertThat(s.subnets()).filteredOn(Subnet::mapPublicIpOnLaunch).extracting(Subnet::id)
                .containsExactly("ecs-refarch-vpc/PublicSubnet1", "ecs-refarch-vpc/PublicSubnet2");
        RouteTable pub = find(s, RouteTable.class, "ecs-refarch-vpc/PublicRouteTable");
        assertThat(pub.routes()).extracting(r -> r.target().kind()).contains(RouteTable.TargetKind.IGW);
        assertThat(pub.associations()).hasSize(2);
        assertThat(s.routeTables()).filteredOn(rt -> rt.id().startsWith("ecs-refarch-vpc/PrivateRouteTable"))
                .allSatisfy(rt -> assertThat(rt.routes()).extracting(r -> r.target().kind())
                        .contains(RouteTable.TargetKind.NAT));
    }

    @Test
    void cfnFargatePublicVpcHasAnInternetFacingHttpListenerInPublicSubnets() {
        Snapshot s = read("cfn-fargate-public-vpc.json");
        LoadBalancer lb = s.loadBalancers().get(0);
        assertThat(lb.scheme()).isEqualTo(LoadBalancer.Scheme.INTERNET_FACING);
        assertThat(lb.subnetIds()).hasSize(2).allSatisfy(id -> assertThat(find(s, Subnet.class, id)
                .mapPublicIpOnLaunch()).isTrue());
        assertThat(s.listeners()).singleElement().satisfies(l -> {
            assertThat(l.protocol()).isEqualTo("HTTP");
            assertThat(l.defaultActions()).extracting(Listener.Action::type).containsExactly("forward");
        });
    }
}
