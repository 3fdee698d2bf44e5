package dev.rampart.cli;

import static dev.rampart.cli.ScanFixtures.EXAMPLE;
import static dev.rampart.cli.ScanFixtures.LISTENER;
import static dev.rampart.cli.ScanFixtures.ORDERS;
import static dev.rampart.cli.ScanFixtures.UNRESOLVED;
import static dev.rampart.cli.ScanFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rampart scan} end to end: inputs, the report on standard output, exit codes (test policies, real compiler). */
class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theExampleGivesItsFindingsAndExitsOneAtTheDefaultThreshold() {
        CliRun.Result run = scan(EXAMPLE);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("HIGH (2)", "LB-001", "SC-001", "MEDIUM (1)", "EPT-004")
                .contains("fixtures/example/cdk.out/RampartExample.template.json:1787  RampartExample/PublicAlb/Http/Resource")
                .contains("Remediation: Make the default action a redirect to HTTPS.")
                .endsWith("3 findings (0 critical, 2 high, 1 medium, 0 low, 0 info), 0 suppressed, 0 unknown, 0 gaps;"
                        + " 4 rules on 4 resources — fail: 2 at or above --fail-on\n");
        assertThat(run.out()).as("no colour off a terminal").doesNotContain("\u001b[");
    }

    @Test
    void theThresholdDecidesTheExitCode() {
        assertThat(scan(EXAMPLE, "--fail-on", "critical").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(scan(EXAMPLE, "--fail-on", "never").exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(scan(EXAMPLE, "--fail-on", "medium").exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(scan(EXAMPLE, "--fail-on", "urgent").exitCode()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aDirectoryIsSearchedForCdkOutAndTemplates() {
        CliRun.Result run = scan("fixtures/example", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).contains("\"resource\": \"" + LISTENER + "\"");
    }

    @Test
    void aSnapshotFileScansLikeItsTemplates() throws Exception {
        Path snapshot = dir.resolve("example.json");
        assertThat(CliRun.rampart("snapshot", EXAMPLE, "-o", snapshot.toString()).exitCode()).isZero();

        JsonNode fromSnapshot = JSON.readTree(scan(snapshot.toString(), "--format", "json").out());
        JsonNode fromTemplates = JSON.readTree(scan(EXAMPLE, "--format", "json").out());

        assertThat(fromSnapshot.get("findings")).isEqualTo(fromTemplates.get("findings"));
    }

    @Test
    void aSnapshotWhoseTemplatesAreNotFoundFromHereIsScannedWithAWarning() throws Exception {
        Path template = ScanFixtures.example(dir, t -> t);
        Path snapshot = dir.resolve("moved.json");
        assertThat(CliRun.rampart("snapshot", template.toString(), "-o", snapshot.toString()).exitCode()).isZero();
        assertThat(scan(snapshot.toString()).err()).doesNotContain("warning");
        Files.move(template, dir.resolve("elsewhere"));

        CliRun.Result run = scan(snapshot.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.err()).contains("warning: the snapshot names template files that are not found from this"
                + " directory (" + template.toString().replace('\\', '/') + "/").contains("run the scan from there");
    }

    @Test
    void unknownsAndGapsMakeTheScanIncompleteUnlessPartialResultsAreAllowed() {
        CliRun.Result run = scan(UNRESOLVED, "--region", "eu-west-1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(run.out()).contains("NET-001  1 resource", "unresolved/Server: its subnet is not known",
                "parameter SubnetId has no value");
        assertThat(run.out()).as("no NET finding for an unknown subnet").doesNotContain("HIGH");
        assertThat(run.err()).contains("the scan is incomplete").contains("--allow-partial");
        assertThat(scan(UNRESOLVED, "--region", "eu-west-1", "--allow-partial").exitCode()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void jsonOnStandardOutputIsTheFindingsDocument() throws Exception {
        JsonNode doc = JSON.readTree(scan(EXAMPLE, "--format", "json").out());

        assertThat(doc.get("format").asText()).isEqualTo("rampart-findings");
        assertThat(doc.get("inputs").get(0).asText()).isEqualTo(EXAMPLE);
        assertThat(doc.get("summary").get("findings").asInt()).isEqualTo(3);
        assertThat(doc.get("summary").get("exit_code").asInt()).isEqualTo(1);
        assertThat(doc.get("rules")).hasSize(4);
    }

    @Test
    void severalOutputsAreWrittenAndTheSummaryGoesToStandardError() throws Exception {
        Path sarif = dir.resolve("out/rampart.sarif");
        Path junit = dir.resolve("out/rampart.xml");
        Path text = dir.resolve("out/report.txt");

        CliRun.Result run = scan(EXAMPLE, "-o", text.toString(), "--color", "always", "--output", "sarif=" + sarif,
                "--output", "junit=" + junit);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("rampart: 3 findings (0 critical, 2 high, 1 medium");
        assertThat(Files.readString(text)).contains("LB-001").doesNotContain("\u001b[");
        assertThat(JSON.readTree(sarif.toFile()).get("runs").get(0).get("results")).hasSize(3);
        assertThat(Files.readString(junit)).startsWith("<?xml").contains("<testsuite name=\"LB-001 ");
    }

    @Test
    void colourOnStandardOutputOnlyWhenAskedOffATerminal() {
        assertThat(scan(EXAMPLE, "--color", "always").out()).contains("\u001b[1;31mHIGH\u001b[0m");
        assertThat(scan(EXAMPLE, "--color", "never").out()).doesNotContain("\u001b[");
    }

    @Test
    void onAnErrorNoOutputFileIsWritten() throws Exception {
        Path sarif = Files.writeString(dir.resolve("rampart.sarif"), "previous run");
        Path junit = dir.resolve("rampart.xml");
        Path config = Files.writeString(dir.resolve("bad.json"), "{\"unclosed\": ");

        CliRun.Result run = scan(EXAMPLE, "--config", config.toString(), "--output", "sarif=" + sarif,
                "--output", "junit=" + junit);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("rampart: " + config.toString().replace('\\', '/'));
        assertThat(Files.readString(sarif)).isEqualTo("previous run");
        assertThat(junit).doesNotExist();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("rampart.sarif", "bad.json");
    }

    @Test
    void aPolicyErrorNamesTheFileAndExitsTwo() throws Exception {
        Path policies = Files.createDirectories(dir.resolve("policies"));
        Files.writeString(policies.resolve("bad.rego"), """
                # METADATA
                # custom:
                #   severity: high
                package rampart.rules.bad

                deny contains {"resource": "x", "message": "m"} if true
                """);

        CliRun.Result run = CliRun.rampart("scan", EXAMPLE, "--no-builtin", "--policy", policies.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("bad.rego: package rampart.rules.bad defines deny").contains("custom.id");
    }

    @Test
    void aDenyElementBreakingTheContractIsAnErrorNamingTheFile() throws Exception {
        Path policies = Files.createDirectories(dir.resolve("policies"));
        Files.writeString(policies.resolve("nomsg.rego"), """
                # METADATA
                # custom:
                #   id: X-001
                #   severity: high
                package rampart.rules.x

                deny contains {"resource": l.id} if some l in input.listeners
                """);

        CliRun.Result run = CliRun.rampart("scan", EXAMPLE, "--no-builtin", "--policy", policies.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("nomsg.rego: an element of deny").contains("has no \"message\" string");
    }

    @Test
    void duplicateRuleIdsAreAnError() {
        CliRun.Result run = CliRun.rampart("scan", EXAMPLE, "--no-builtin", "--policy", ScanFixtures.POLICIES,
                "--policy", ScanFixtures.POLICIES + "/rules/lb_001.rego");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("lb_001.rego");
    }

    @Test
    void noRulesAtAllIsAUsageError() {
        CliRun.Result run = CliRun.rampart("scan", EXAMPLE, "--no-builtin");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--no-builtin leaves no rules");
    }

    @Test
    void pathsAndAwsTogetherOrNeitherAreUsageErrors() {
        assertThat(scan(EXAMPLE, "--aws").exitCode()).isEqualTo(ExitCodes.ERROR);
        CliRun.Result none = scan();
        assertThat(none.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(none.err()).contains("nothing to scan");
        assertThat(scan(EXAMPLE, "--profile", "x").err()).contains("need --aws");
    }

    @Test
    void anInputThatIsNotATemplateIsAnInputError() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.yaml"), "hello: world\n");

        CliRun.Result run = scan(notes.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("is not a CloudFormation template");
    }

    @Test
    void rulesListsIdSeverityAndTitle() throws Exception {
        CliRun.Result text = CliRun.rampart("rules", "--no-builtin", "--policy", ScanFixtures.POLICIES);
        CliRun.Result json = CliRun.rampart("rules", "--no-builtin", "--policy", ScanFixtures.POLICIES, "--format", "json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).startsWith("ID       SEVERITY  TITLE\n")
                .contains("LB-001   high      Internet-facing ALB listeners redirect HTTP to HTTPS\n");
        JsonNode list = JSON.readTree(json.out());
        assertThat(list).extracting(r -> r.get("id").asText()).containsExactly("EPT-004", "LB-001", "NET-001", "SC-001");
        assertThat(list.get(1).get("references").get(0).asText()).startsWith("https://docs.aws.amazon.com/");
    }

    @Test
    void theOrdersFindingIsAboutTheOrdersService() throws Exception {
        JsonNode doc = JSON.readTree(scan(EXAMPLE, "--format", "json").out());

        assertThat(doc.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule_id").asText()).isEqualTo("SC-001");
            assertThat(f.get("resource").asText()).isEqualTo(ORDERS);
        });
    }
}
