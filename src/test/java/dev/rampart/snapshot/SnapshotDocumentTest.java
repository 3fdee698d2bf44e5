package dev.rampart.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotDocumentTest {

    private static JsonNode tree(Snapshot s) throws Exception {
        return SnapshotJson.mapper().readTree(SnapshotWriter.toJson(s));
    }

    private static List<String> keys(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void aWrittenSnapshotWithEveryKindValidatesAgainstTheSchema() throws Exception {
        assertThat(SnapshotValidator.instance().validate(tree(SnapshotSamples.full()))).isEmpty();
    }

    @Test
    void aSnapshotOfUnknownValuesValidates() throws Exception {
        Snapshot s = Snapshot.of(SnapshotSamples.source(), List.of(SnapshotSamples.unknownVpc()), List.of());
        assertThat(SnapshotValidator.instance().validate(tree(s))).isEmpty();
    }

    @Test
    void readingAWrittenSnapshotGivesTheSameSnapshot() {
        Snapshot s = SnapshotSamples.full();
        assertThat(SnapshotReader.fromJson(SnapshotWriter.toJson(s), "s.json")).isEqualTo(s);
    }

    @Test
    void theStreamingWriterWritesExactlyWhatTheJacksonMapperWould() throws Exception {
        Snapshot s = Snapshot.of(SnapshotSamples.source(), List.of(SnapshotSamples.unknownVpc()), List.of());
        for (Snapshot each : List.of(SnapshotSamples.full(), s)) {
            assertThat(SnapshotWriter.toJson(each))
                    .isEqualTo(SnapshotJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(each) + "\n");
        }
    }

    @Test
    void topLevelKeysAreInDocumentOrder() throws Exception {
        assertThat(keys(tree(SnapshotSamples.full()))).containsExactly("schema_version", "source", "vpcs", "subnets",
                "route_tables", "internet_gateways", "egress_only_internet_gateways", "nat_gateways", "instances",
                "auto_scaling_groups", "security_groups", "network_acls", "vpc_endpoints", "ecs_clusters",
                "ecs_services", "ecs_task_definitions", "load_balancers", "listeners", "target_groups", "gaps",
                "suppressions");
    }

    @Test
    void resourceKeysStartWithTheCommonFieldsThenFollowTheKind() throws Exception {
        JsonNode rt = tree(SnapshotSamples.full()).get("route_tables").get(0);
        assertThat(keys(rt)).containsExactly("id", "account", "region", "tags", "location", "vpc_id", "main",
                "implicit", "associations", "routes");
        JsonNode acl = tree(SnapshotSamples.full()).get("network_acls").get(0);
        assertThat(keys(acl)).contains("default").doesNotContain("is_default");
        JsonNode vpc = tree(SnapshotSamples.full()).get("vpcs").get(0);
        assertThat(keys(vpc)).containsExactly("id", "account", "region", "tags", "location", "cidr_block",
                "ipv6_cidr_blocks", "is_default", "enable_dns_support", "enable_dns_hostnames");
    }

    @Test
    void unknownValuesAreWrittenAsNullNeverOmitted() throws Exception {
        Snapshot s = Snapshot.of(SnapshotSamples.source(), List.of(SnapshotSamples.unknownVpc()), List.of());
        JsonNode vpc = tree(s).get("vpcs").get(0);
        assertThat(vpc.has("cidr_block")).isTrue();
        assertThat(vpc.get("cidr_block").isNull()).isTrue();
        assertThat(vpc.get("ipv6_cidr_blocks").get(1).isNull()).isTrue();
    }

    @Test
    void enumeratedValuesUseTheirDocumentedSpelling() throws Exception {
        JsonNode doc = tree(SnapshotSamples.full());
        assertThat(doc.get("source").get("kind").asText()).isEqualTo("template");
        assertThat(doc.get("ecs_services").get(0).get("launch_type").asText()).isEqualTo("FARGATE");
        assertThat(doc.get("load_balancers").get(0).get("scheme").asText()).isEqualTo("internet-facing");
        assertThat(doc.get("vpc_endpoints").get(0).get("type").asText()).isEqualTo("interface");
        assertThat(doc.get("route_tables").get(0).get("routes").get(1).get("target").get("kind").asText())
                .isEqualTo("igw");
    }

    @Test
    void resourcesAreSortedByIdSoInputOrderDoesNotChangeTheBytes() {
        List<Resource> shuffled = new ArrayList<>(SnapshotSamples.everyKind());
        Collections.reverse(shuffled);
        List<Resource> withSecondVpc = new ArrayList<>(shuffled);
        withSecondVpc.add(0, new Vpc("a/Vpc", null, null, Map.of(), Location.NONE, null, List.of(), false, null, null));
        Snapshot s = Snapshot.of(SnapshotSamples.source(), withSecondVpc, SnapshotSamples.gaps());
        assertThat(s.vpcs()).extracting(Vpc::id).containsExactly("a/Vpc", "net/Vpc");
        List<Resource> again = new ArrayList<>(withSecondVpc);
        Collections.shuffle(again, new java.util.Random(7));
        assertThat(SnapshotWriter.toJson(Snapshot.of(SnapshotSamples.source(), again,
                        List.copyOf(SnapshotSamples.gaps()).reversed())))
                .isEqualTo(SnapshotWriter.toJson(s));
    }

    @Test
    void tagsAreWrittenSortedByKey() {
        Vpc v = new Vpc("v", null, null, Map.of("zeta", "1", "alpha", "2", "mid", "3"), Location.NONE, null,
                List.of(), false, true, false);
        String json = SnapshotWriter.toJson(Snapshot.of(SnapshotSamples.source(), List.of(v), List.of()));
        assertThat(json.indexOf("\"alpha\"")).isLessThan(json.indexOf("\"mid\""));
        assertThat(json.indexOf("\"mid\"")).isLessThan(json.indexOf("\"zeta\""));
    }

    @Test
    void aBrokenSnapshotGivesOneProblemPerFaultNamingItsPointer() throws Exception {
        ObjectNode doc = (ObjectNode) tree(SnapshotSamples.full());
        ((ObjectNode) doc.get("vpcs").get(0)).put("cidr_block", 10);
        ((ObjectNode) doc.get("subnets").get(0)).remove("vpc_id");
        ((ObjectNode) doc.get("route_tables").get(0).get("routes").get(1).get("target")).put("kind", "gateway");
        ((ObjectNode) doc.get("security_groups").get(0)).put("colour", "red");
        List<SchemaProblem> problems = SnapshotValidator.instance().validate(doc);
        assertThat(problems).extracting(SchemaProblem::pointer).containsExactlyInAnyOrder(
                "/route_tables/0/routes/1/target/kind", "/security_groups/0", "/subnets/0/vpc_id", "/vpcs/0/cidr_block");
        assertThat(problems).filteredOn(p -> p.pointer().equals("/security_groups/0"))
                .singleElement().extracting(SchemaProblem::message).asString().contains("colour");
    }

    @Test
    void readingABrokenSnapshotFailsNamingTheFileAndEveryPointer() throws Exception {
        ObjectNode doc = (ObjectNode) tree(SnapshotSamples.full());
        ((ObjectNode) doc.get("listeners").get(0)).put("port", "eighty");
        doc.remove("gaps");
        assertThatThrownBy(() -> SnapshotReader.fromJson(doc.toString(), "old/snap.json"))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageContaining("old/snap.json#/listeners/0/port")
                .hasMessageContaining("old/snap.json#/gaps");
    }

    @Test
    void malformedJsonNamesTheFileLineAndColumn() {
        assertThatThrownBy(() -> SnapshotReader.fromJson("{\n  \"schema_version\": \"1.0\",\n  oops\n}", "s.json"))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageStartingWith("s.json:3:");
    }

    @Test
    void aNewerMinorVersionMayAddFields() throws Exception {
        ObjectNode doc = (ObjectNode) tree(SnapshotSamples.full());
        doc.put("schema_version", "1.4");
        doc.putArray("elastic_ips");
        ((ObjectNode) doc.get("vpcs").get(0)).put("owner_id", "111111111111");
        assertThat(SnapshotValidator.instance().validate(doc)).isEmpty();
        assertThat(SnapshotReader.fromTree(doc, "new.json").vpcs()).hasSize(1);
    }

    @Test
    void anotherMajorVersionIsRejected() throws Exception {
        ObjectNode doc = (ObjectNode) tree(SnapshotSamples.full());
        doc.put("schema_version", "2.0");
        assertThatThrownBy(() -> SnapshotReader.fromTree(doc, "v2.json"))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageContaining("v2.json#/schema_version")
                .hasMessageContaining("1.x");
    }

    @Test
    void aDocumentWithoutSchemaVersionIsNotASnapshot() throws Exception {
        JsonNode doc = SnapshotJson.mapper().readTree("{\"Resources\": {}}");
        assertThat(SnapshotReader.looksLikeSnapshot(doc)).isFalse();
    }
}
