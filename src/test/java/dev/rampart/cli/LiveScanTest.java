package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.collect.AwsMock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rampart scan --aws}: the collector over the fake AWS (the web shop account, live twin of
 * fixtures/example), then the same rules; the scheduled job's history.
 */
class LiveScanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private AwsMock aws;

    @BeforeEach
    void start() {
        aws = new AwsMock().serve("webshop", "eu-west-1").fallback("empty");
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private CliRun.Result live(String... extra) {
        String[] base = {"scan", "--aws", "--profile", "planted", "--endpoint-url", aws.endpoint().toString(),
            "--region", "eu-west-1", "--max-attempts", "2", "--progress", "never", "--no-builtin", "--policy",
            ScanFixtures.POLICIES};
        return CliRun.withPlantedProfile(dir, () -> CliRun.rampart(ScanFixtures.with(base, extra)));
    }

    /** What a finding says, whatever the source: rule, kind, severity and message (ids differ by source). */
    private static List<String> facts(JsonNode doc) {
        List<String> out = new ArrayList<>();
        doc.get("findings").forEach(f -> out.add(f.get("rule_id").asText() + " " + f.get("resource_kind").asText() + " "
                + f.get("severity").asText() + " " + f.get("message").asText()));
        return out;
    }

    @Test
    void theLiveAccountGivesTheFindingsItsTemplateGives() throws Exception {
        CliRun.Result live = live("--format", "json");
        CliRun.Result template = ScanFixtures.scan(ScanFixtures.EXAMPLE, "--format", "json");

        assertThat(live.exitCode()).as(live.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode doc = JSON.readTree(live.out());
        assertThat(facts(doc)).hasSize(3).containsExactlyInAnyOrderElementsOf(facts(JSON.readTree(template.out())));
        assertThat(doc.get("source").get("kind").asText()).isEqualTo("aws");
        assertThat(doc.get("inputs").get(0).asText()).isEqualTo("aws://111111111111/eu-west-1");
        assertThat(doc.get("findings")).anySatisfy(f -> {
            assertThat(f.get("resource").asText()).startsWith("arn:aws:elasticloadbalancing:eu-west-1:111111111111:listener/");
            assertThat(f.get("location").get("arn").asText()).isEqualTo(f.get("resource").asText());
            assertThat(f.get("account").asText()).isEqualTo("111111111111");
        });
    }

    @Test
    void withTheBuiltinRulesTheLiveAccountGivesTheExamplesFindings() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(BuiltinRules.available(), "the built-in policies are not here");
        String[] args = {"--aws", "--profile", "planted", "--endpoint-url", aws.endpoint().toString(), "--region",
            "eu-west-1", "--max-attempts", "2", "--progress", "never", "--format", "json"};
        CliRun.Result live = CliRun.withPlantedProfile(dir, () -> BuiltinRules.scan(args));
        CliRun.Result template = BuiltinRules.scan(ScanFixtures.EXAMPLE, "--format", "json");

        assertThat(live.exitCode()).as(live.err()).isEqualTo(ExitCodes.FINDINGS);
        List<String> rules = new ArrayList<>();
        JSON.readTree(live.out()).get("findings").forEach(f -> rules.add(f.get("rule_id").asText() + " "
                + f.get("resource_kind").asText() + " " + f.get("severity").asText()));
        List<String> expected = new ArrayList<>();
        JSON.readTree(template.out()).get("findings").forEach(f -> expected.add(f.get("rule_id").asText() + " "
                + f.get("resource_kind").asText() + " " + f.get("severity").asText()));
        assertThat(rules).containsExactlyElementsOf(expected).hasSize(3);
    }

    @Test
    void liveSarifResultsHaveLogicalLocationsAndSyntheticArtifactsOnly() throws Exception {
        CliRun.Result run = live("--format", "sarif");

        JsonNode sarif = JSON.readTree(run.out());
        JsonNode r = sarif.get("runs").get(0);
        assertThat(r.get("automationDetails").get("id").asText()).isEqualTo("rampart/aws/");
        assertThat(r.get("results")).hasSize(3).allSatisfy(res -> {
            assertThat(res.get("locations").get(0).has("physicalLocation")).isFalse();
            assertThat(res.get("locations").get(0).get("logicalLocations").get(0).get("kind").asText()).isEqualTo("resource");
        });
        assertThat(r.get("artifacts")).allSatisfy(a -> assertThat(a.get("location").get("uri").asText())
                .startsWith("aws://111111111111/eu-west-1/"));
        if (dev.rampart.report.SarifSchemaAccess.file() != null) {
            dev.rampart.report.SarifSchemaAccess.assertValid(run.out());
        }
    }

    @Test
    void aFailedCallIsAGapThatMakesTheScanIncomplete() {
        aws.override(aws.request("ec2:DescribeRouteTables", "eu-west-1", null),
                AwsMock.recorded("errors/ec2-UnauthorizedOperation.xml", 403));

        CliRun.Result run = live("--fail-on", "never");
        CliRun.Result partial = live("--fail-on", "never", "--allow-partial");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(run.out()).contains("ec2:DescribeRouteTables in 111111111111/eu-west-1 failed (AccessDenied)");
        assertThat(partial.exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void theScheduledJobKeepsHistoryAndReportsNothingNewOnAnUnchangedAccount() throws Exception {
        Path history = dir.resolve("history");

        CliRun.Result first = live("--history", history.toString(), "--fail-on", "never");
        CliRun.Result second = live("--history", history.toString(), "--fail-on", "never");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(second.out()).containsPattern("Since \\d{8}T\\d{6}Z(_\\d{3})?\\.findings\\.json: 0 new, 0 resolved, 3 still open");
        try (var files = Files.list(history)) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(4);
            Path snapshot = history.resolve(names.stream().filter(n -> n.endsWith(".snapshot.json")).findFirst().orElseThrow());
            assertThat(dev.rampart.snapshot.SnapshotReader.read(snapshot, "history").source().kind())
                    .isEqualTo(dev.rampart.snapshot.Source.Kind.AWS);
        }
    }
}
