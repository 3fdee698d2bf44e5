package dev.rampart.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Resource;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotJson;
import dev.rampart.snapshot.SnapshotValidator;
import dev.rampart.snapshot.SnapshotWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every snapshot the adapter writes must have, checked on every fixture. */
class SnapshotInvariantsTest {

    static Stream<List<Path>> inputs() {
        return Stream.of(
                List.of(Fixtures.template("network.yaml")),
                List.of(Fixtures.template("network.yaml"), Fixtures.template("workloads.yaml")),
                List.of(Fixtures.template("workloads.json")),
                List.of(Fixtures.template("nested/parent.yaml")),
                List.of(Fixtures.EXAMPLE),
                List.of(Fixtures.CDK_MULTI));
    }

    private static Snapshot read(List<Path> in) {
        return Fixtures.read(Fixtures.options(), in.toArray(Path[]::new));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void theDocumentValidatesAgainstTheShippedSchema(List<Path> in) throws Exception {
        JsonNode doc = SnapshotJson.mapper().readTree(SnapshotWriter.toJson(read(in)));
        assertThat(SnapshotValidator.instance().validate(doc)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyGapThatNamesAFieldPointsAtANullOrAListElementInThatResource(List<Path> in) throws Exception {
        Snapshot s = read(in);
        JsonNode doc = SnapshotJson.mapper().readTree(SnapshotWriter.toJson(s));
        Map<String, JsonNode> byId = new HashMap<>();
        for (String kind : List.of("vpcs", "subnets", "route_tables", "internet_gateways",
                "egress_only_internet_gateways", "nat_gateways", "instances", "auto_scaling_groups", "security_groups",
                "network_acls", "vpc_endpoints", "ecs_clusters", "ecs_services", "ecs_task_definitions",
                "load_balancers", "listeners", "target_groups")) {
            doc.get(kind).forEach(r -> byId.put(r.get("id").asText(), r));
        }
        for (Gap g : s.gaps()) {
            assertThat(g.kind()).isEqualTo(Gap.Kind.UNRESOLVED);
            assertThat(g.reason()).isNotBlank();
            JsonNode resource = byId.get(g.resource());
            if (resource == null || g.field() == null) {
                continue; // a gap about a template resource that is not itself in the snapshot, or a whole resource
            }
            JsonNode value = resource.at(g.field());
            // A known element of a list with a gap on it may not exist (a route whose condition is unknown).
            boolean element = !value.isMissingNode() && g.reason().startsWith("condition ")
                    && resource.at(g.field().substring(0, g.field().lastIndexOf('/'))).isArray();
            assertThat(value.isNull() || element || value.isMissingNode() && parentIsNull(resource, g.field()))
                    .as("%s%s should be null or a list element: %s", g.resource(), g.field(), g.reason()).isTrue();
        }
    }

    // A gap on /a/b/c may point below a value that is itself null (e.g. /service_connect/… when the
    // whole configuration is unknown).
    private static boolean parentIsNull(JsonNode resource, String pointer) {
        String p = pointer;
        while (p.lastIndexOf('/') > 0) {
            p = p.substring(0, p.lastIndexOf('/'));
            if (resource.at(p).isNull()) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyResourceHasALocationWithLineAndStack(List<Path> in) {
        for (Resource r : read(in).resources().toList()) {
            assertThat(r.location().file()).as(r.id()).isNotNull().doesNotContain("\\");
            assertThat(r.location().line()).as(r.id()).isPositive();
            assertThat(r.location().column()).as(r.id()).isPositive();
            assertThat(r.location().stack()).as(r.id()).isNotNull();
            assertThat(r.id()).startsWith(r.location().stack() + "/");
        }
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void twoRunsWriteTheSameBytes(List<Path> in) {
        assertThat(SnapshotWriter.toJson(read(in))).isEqualTo(SnapshotWriter.toJson(read(in)));
    }

    @org.junit.jupiter.api.Test
    void theJsonAndYamlFixturesGiveTheSameSnapshotApartFromLocations() throws Exception {
        for (String name : List.of("network", "workloads")) {
            List<Path> yaml = name.equals("workloads")
                    ? List.of(Fixtures.template("network.yaml"), Fixtures.template("workloads.yaml"))
                    : List.of(Fixtures.template("network.yaml"));
            List<Path> json = name.equals("workloads")
                    ? List.of(Fixtures.template("network.json"), Fixtures.template("workloads.json"))
                    : List.of(Fixtures.template("network.json"));
            assertThat(withoutLocations(read(json))).as(name).isEqualTo(withoutLocations(read(yaml)));
        }
    }

    private static JsonNode withoutLocations(Snapshot s) throws Exception {
        JsonNode doc = SnapshotJson.mapper().readTree(SnapshotWriter.toJson(s));
        ((ObjectNode) doc).remove("source");
        strip(doc);
        return doc;
    }

    private static void strip(JsonNode n) {
        if (n instanceof ObjectNode o) {
            o.remove("location");
            o.properties().forEach(e -> strip(e.getValue()));
        } else if (n.isArray()) {
            n.forEach(SnapshotInvariantsTest::strip);
        }
    }
}
