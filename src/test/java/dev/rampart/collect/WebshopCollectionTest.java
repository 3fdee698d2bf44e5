package dev.rampart.collect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.snapshot.EcsService;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotJson;
import dev.rampart.snapshot.SnapshotValidator;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.snapshot.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The web shop account (src/test/resources/aws/webshop/): the live twin of fixtures/example, the same resources
 * as the CDK app deployed to 111111111111 / eu-west-1, served over HTTP in AWS's formats with several listings
 * split into pages.
 */
class WebshopCollectionTest {
    private static AwsMock aws;
    private static Snapshot snapshot;

    @BeforeAll
    static void collect() {
        aws = new AwsMock().serve("webshop", "eu-west-1").fallback("empty");
        snapshot = AwsCollector.collect(CollectorFixture.options(aws, "eu-west-1").build());
    }

    @AfterAll
    static void stop() {
        aws.close();
    }

    @Test
    void snapshotIsTheCheckedGoldenFile() {
        Golden.assertMatches(snapshot, "webshop/expected-snapshot.json");
    }

    @Test
    void snapshotValidatesAgainstTheSchema() throws Exception {
        JsonNode document = SnapshotJson.mapper().readTree(SnapshotWriter.toJson(snapshot));
        assertThat(SnapshotValidator.instance().validate(document)).isEmpty();
    }

    @Test
    void sourceNamesTheAccountAndRegionRead() {
        assertThat(snapshot.source().kind()).isEqualTo(Source.Kind.AWS);
        assertThat(snapshot.source().accounts()).containsExactly("111111111111");
        assertThat(snapshot.source().regions()).containsExactly("eu-west-1");
        assertThat(snapshot.gaps()).isEmpty();
    }

    @Test
    void pagedListingsAreReadToTheEnd() {
        assertThat(snapshot.subnets()).hasSize(4);
        assertThat(snapshot.routeTables()).hasSize(5);
        assertThat(snapshot.securityGroups()).hasSize(6);
        assertThat(snapshot.ecsServices()).extracting(EcsService::name).containsExactly("orders", "web");
        assertThat(aws.requestsFor("ec2:DescribeSubnets")).isEqualTo(2);
    }

    @Test
    void serviceConnectNamespaceArnsBecomeNamespaceNames() {
        assertThat(snapshot.ecsClusters().get(0).serviceConnectNamespace()).isEqualTo("internal.local");
        assertThat(snapshot.ecsServices()).allSatisfy(s ->
                assertThat(s.serviceConnect().namespace()).isEqualTo("internal.local"));
    }

    @Test
    void taskDefinitionEnvironmentAndSecretsAreNeverCopied() {
        String json = SnapshotWriter.toJson(snapshot);
        assertThat(json).doesNotContain("Pl4nted-Env-Passw0rd").doesNotContain("PlantedSecretRef")
                .doesNotContain("SPRING_DATASOURCE_URL").doesNotContain("ORDERS_URL");
    }

    @Test
    void gatewayEndpointRoutesAreLeftToTheEndpoint() {
        assertThat(snapshot.routeTables()).allSatisfy(t -> assertThat(t.routes())
                .noneMatch(r -> r.destination().startsWith("pl-")));
        assertThat(snapshot.vpcEndpoints()).filteredOn(e -> "s3".equals(e.service()))
                .singleElement().satisfies(e -> assertThat(e.routeTableIds())
                        .containsExactly("rtb-0c5d6e7f8a9b0c103", "rtb-0c5d6e7f8a9b0c104"));
    }
}
