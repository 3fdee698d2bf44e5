package dev.rampart.cli;

import static dev.rampart.cli.ScanFixtures.EXAMPLE;
import static dev.rampart.cli.ScanFixtures.LISTENER;
import static dev.rampart.cli.ScanFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions, baselines, history and diff through the CLI. */
class ScanGovernanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private JsonNode json(CliRun.Result run) throws Exception {
        return JSON.readTree(run.out());
    }

    private static JsonNode finding(JsonNode doc, String ruleId) {
        for (JsonNode f : doc.get("findings")) {
            if (f.get("rule_id").asText().equals(ruleId)) {
                return f;
            }
        }
        throw new AssertionError("no " + ruleId);
    }

    @Test
    void aCdkMetadataSuppressionKeepsTheFindingMarkedAndStopsItCounting() throws Exception {
        Path cdkOut = ScanFixtures.example(dir, t -> ScanFixtures.suppressListener(t,
                "[{\"id\": \"LB-001\", \"reason\": \"redirect ships with the next release\", \"owner\": \"web-team\","
                        + " \"expires\": \"2999-12-31\"}]"));

        CliRun.Result run = scan(cdkOut.toString(), "--format", "json", "--fail-on", "high");
        JsonNode doc = json(run);

        JsonNode lb = finding(doc, "LB-001");
        assertThat(lb.get("suppression").get("kind").asText()).isEqualTo("inSource");
        assertThat(lb.get("suppression").get("justification").asText()).isEqualTo("redirect ships with the next release");
        assertThat(doc.get("summary").get("suppressed").asInt()).isEqualTo(1);
        assertThat(doc.get("summary").get("failing").asInt()).as("SC-001 still counts").isEqualTo(1);
    }

    @Test
    void anExpiredTemplateSuppressionStopsSuppressingAndIsReported() {
        Path cdkOut = ScanFixtures.example(dir, t -> ScanFixtures.suppressListener(t,
                "[{\"id\": \"LB-001\", \"reason\": \"temporary\", \"owner\": \"web-team\", \"expires\": \"2000-01-31\"}]"));

        CliRun.Result run = scan(cdkOut.toString());

        assertThat(run.out()).contains("expired LB-001 on " + LISTENER + ", 2000-01-31: no longer applied to 1 finding")
                .contains("HIGH (2)");
    }

    @Test
    void aTemplateSuppressionWithoutReasonIsAnError() {
        Path cdkOut = ScanFixtures.example(dir, t -> ScanFixtures.suppressListener(t, "[{\"id\": \"LB-001\"}]"));

        CliRun.Result run = scan(cdkOut.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("RampartExample.template.json:").contains("has no reason");
    }

    @Test
    void theCentralFileSuppressesByRuleAndResourcePatternAndReportsStaleEntries() throws Exception {
        Path file = Files.writeString(dir.resolve("suppressions.yaml"), """
                suppressions:
                  - rule: SC-001
                    resource: "RampartExample/Orders*"
                    reason: mTLS terminates in the application
                    owner: payments-team
                  - rule: NET-001
                    construct_path: "RampartExample/Bastion/*"
                    reason: bastion host
                    owner: platform-team
                """);

        CliRun.Result run = scan(EXAMPLE, "--suppressions", file.toString(), "--format", "json");
        JsonNode doc = json(run);

        assertThat(finding(doc, "SC-001").get("suppression").get("kind").asText()).isEqualTo("external");
        assertThat(doc.get("suppressions").get("stale")).singleElement()
                .satisfies(e -> assertThat(e.get("scope").asText()).isEqualTo("NET-001 construct_path=RampartExample/Bastion/*"));
        assertThat(run.exitCode()).as("LB-001 still fails").isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void aCentralEntryWithoutReasonIsAnError() throws Exception {
        Path file = Files.writeString(dir.resolve("s.yaml"), "suppressions:\n  - {rule: LB-001, owner: me}\n");

        CliRun.Result run = scan(EXAMPLE, "--suppressions", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("s.yaml:2:5: the suppression of LB-001 has no reason");
    }

    @Test
    void withABaselineOnlyNewFindingsCountAndFixedOnesAreReported() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        Path fixed = ScanFixtures.example(dir, t -> t.replace("\"Scheme\": \"internet-facing\"", "\"Scheme\": \"internal\""));
        assertThat(scan(fixed.toString(), "--write-baseline", baseline.toString()).exitCode())
                .as("SC-001 is high").isEqualTo(ExitCodes.FINDINGS);

        CliRun.Result same = scan(fixed.toString(), "--baseline", baseline.toString());
        CliRun.Result regressed = scan(EXAMPLE, "--baseline", baseline.toString(), "--format", "json");

        assertThat(same.exitCode()).as(same.out()).isEqualTo(ExitCodes.OK);
        assertThat(same.out()).contains("Baseline " + baseline.toString().replace('\\', '/') + ": 0 new, 2 already there, 0 fixed");
        assertThat(regressed.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode doc = json(regressed);
        assertThat(finding(doc, "LB-001").get("baseline").asText()).isEqualTo("new");
        assertThat(finding(doc, "SC-001").get("baseline").asText()).isEqualTo("unchanged");
        assertThat(doc.get("summary").get("failing").asInt()).isEqualTo(1);

        CliRun.Result better = scan(fixed.toString(), "--baseline", dir.resolve("regressed.json").toString());
        assertThat(better.exitCode()).as("a missing baseline is an error").isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void theBaselineFingerprintsAreTheSarifFingerprints() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        Path sarif = dir.resolve("r.sarif");
        scan(EXAMPLE, "--write-baseline", baseline.toString(), "--output", "sarif=" + sarif);

        JsonNode b = JSON.readTree(baseline.toFile());
        JsonNode results = JSON.readTree(sarif.toFile()).get("runs").get(0).get("results");

        assertThat(results).extracting(r -> r.get("partialFingerprints").get("rampart/v1").asText())
                .containsExactlyInAnyOrderElementsOf(b.get("findings").findValuesAsText("fingerprint"));
    }

    @Test
    void historyKeepsEachRunAndReportsWhatChangedSinceThePrevious() throws Exception {
        Path history = dir.resolve("history");
        Path fixed = ScanFixtures.example(dir, t -> t.replace("\"Scheme\": \"internet-facing\"", "\"Scheme\": \"internal\""));

        CliRun.Result first = scan(EXAMPLE, "--history", history.toString());
        CliRun.Result second = scan(fixed.toString(), "--history", history.toString(), "--format", "json");

        assertThat(first.out()).doesNotContain("Since ");
        try (Stream<Path> files = Files.list(history)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).hasSize(4)
                    .allMatch(n -> n.matches("\\d{8}T\\d{6}Z(_\\d{3})?\\.(snapshot|findings)\\.json"));
        }
        JsonNode changes = json(second).get("changes");
        assertThat(changes.get("new")).isEmpty();
        assertThat(changes.get("resolved")).extracting(f -> f.get("rule_id").asText()).containsExactly("LB-001");
        assertThat(changes.get("still_open")).extracting(f -> f.get("rule_id").asText())
                .containsExactlyInAnyOrder("SC-001", "EPT-004");
        assertThat(changes.get("previous").asText()).endsWith(".findings.json");
    }

    @Test
    void diffComparesTwoFindingsDocuments() throws Exception {
        Path before = dir.resolve("before.json");
        Path after = dir.resolve("after.json");
        Path fixed = ScanFixtures.example(dir, t -> t.replace("\"Scheme\": \"internet-facing\"", "\"Scheme\": \"internal\""));
        scan(EXAMPLE, "--format", "json", "-o", before.toString());
        scan(fixed.toString(), "--format", "json", "-o", after.toString());

        CliRun.Result better = CliRun.rampart("diff", before.toString(), after.toString());
        CliRun.Result worse = CliRun.rampart("diff", after.toString(), before.toString(), "--format", "json");

        assertThat(better.exitCode()).as(better.err()).isEqualTo(ExitCodes.OK);
        assertThat(better.out()).contains(": 0 new, 1 resolved, 2 still open").contains("Resolved (1)")
                .contains("LB-001  " + LISTENER);
        assertThat(worse.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode doc = JSON.readTree(worse.out());
        assertThat(doc.get("format").asText()).isEqualTo("rampart-diff");
        assertThat(doc.get("new")).extracting(f -> f.get("rule_id").asText()).containsExactly("LB-001");
    }

    @Test
    void diffRefusesABaselineAndSaysWhatToDoInstead() throws Exception {
        Path baseline = dir.resolve("baseline.json");
        Path findings = dir.resolve("findings.json");
        scan(EXAMPLE, "--write-baseline", baseline.toString());
        scan(EXAMPLE, "--format", "json", "-o", findings.toString());

        CliRun.Result run = CliRun.rampart("diff", baseline.toString(), findings.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("is a baseline (--write-baseline), which holds no findings to compare")
                .contains("rampart scan --baseline").doesNotContain("CloudFormation");
    }

    @Test
    void diffScansTwoSnapshotsFirst() throws Exception {
        Path before = dir.resolve("before.snapshot.json");
        Path after = dir.resolve("after.snapshot.json");
        Path fixed = ScanFixtures.example(dir, t -> t.replace("\"Scheme\": \"internet-facing\"", "\"Scheme\": \"internal\""));
        CliRun.rampart("snapshot", EXAMPLE, "-o", before.toString());
        CliRun.rampart("snapshot", fixed.toString(), "-o", after.toString());

        CliRun.Result run = CliRun.rampart("diff", after.toString(), before.toString(), "--no-builtin", "--policy",
                ScanFixtures.POLICIES, "--fail-on", "critical");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).contains(": 1 new, 0 resolved, 2 still open").contains("New (1)");
    }

    @Test
    void sarifFromTheCliValidatesAgainstTheOfficialSchema() throws Exception {
        Path schema = dev.rampart.report.SarifSchemaAccess.file();
        org.junit.jupiter.api.Assumptions.assumeTrue(schema != null, "../shared/sarif is not in this checkout");
        Path cdkOut = ScanFixtures.example(dir, t -> ScanFixtures.suppressListener(t,
                "[{\"id\": \"LB-001\", \"reason\": \"r\", \"owner\": \"o\"}]"));

        CliRun.Result run = scan(cdkOut.toString(), "--format", "sarif", "--category", "cdk/prod");

        dev.rampart.report.SarifSchemaAccess.assertValid(run.out());
        JsonNode r = JSON.readTree(run.out()).get("runs").get(0);
        assertThat(r.get("automationDetails").get("id").asText()).isEqualTo("cdk/prod/");
        assertThat(r.get("results")).anySatisfy(x -> assertThat(x.has("suppressions")).isTrue());
    }
}
