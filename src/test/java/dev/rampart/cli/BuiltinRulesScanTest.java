package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in rules through {@code rampart scan}: the bundled example gives its three intended findings, and every
 * rule fixture gives what {@code fixtures/rules/README.md} lists (that table is the expectation).
 */
class BuiltinRulesScanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void rulesPresent() {
        assumeTrue(BuiltinRules.available(), "the built-in policies are not in this checkout yet");
    }

    private static JsonNode json(CliRun.Result run) throws IOException {
        return JSON.readTree(run.out());
    }

    /** {@code RULE → logical id} pairs of a findings document, with the stack prefix removed. */
    private static TreeSet<String> findings(JsonNode doc) {
        TreeSet<String> out = new TreeSet<>();
        doc.get("findings").forEach(f -> out.add(f.get("rule_id").asText() + " → " + logical(f.get("resource").asText())));
        return out;
    }

    private static TreeSet<String> unknowns(JsonNode doc) {
        TreeSet<String> out = new TreeSet<>();
        doc.get("unknowns").forEach(u -> out.add(u.get("rule_id").asText() + " → " + logical(u.get("resource").asText())));
        return out;
    }

    private static String logical(String id) {
        return id.substring(id.indexOf('/') + 1);
    }

    @Test
    void theExampleGivesLb001Sc001AndEpt004() throws IOException {
        CliRun.Result run = BuiltinRules.scan("fixtures/example/cdk.out", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode doc = json(run);
        assertThat(findings(doc)).containsExactly("EPT-004 → Vpc8378EB38", "LB-001 → PublicAlbHttpA2F180B8",
                "SC-001 → OrdersService70141735");
        assertThat(doc.get("unknowns")).isEmpty();
        assertThat(doc.get("rules")).hasSize(19);
    }

    @Test
    void theScheduledScanDeploymentPassesEveryRule() throws IOException {
        CliRun.Result run = BuiltinRules.scan("fixtures/deploy/scheduled-scan.yaml", "--account", "111111111111",
                "--region", "eu-west-1", "--format", "json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.OK);
        JsonNode doc = json(run);
        assertThat(doc.get("findings")).isEmpty();
        assertThat(doc.get("unknowns")).isEmpty();
        assertThat(doc.get("gaps")).isEmpty();
    }

    @Test
    void theExamplesSarifAndJunitAreValid() throws Exception {
        CliRun.Result sarif = BuiltinRules.scan("fixtures/example/cdk.out", "--format", "sarif");
        CliRun.Result junit = BuiltinRules.scan("fixtures/example/cdk.out", "--format", "junit");

        if (dev.rampart.report.SarifSchemaAccess.file() != null) {
            dev.rampart.report.SarifSchemaAccess.assertValid(sarif.out());
        }
        JsonNode run = JSON.readTree(sarif.out()).get("runs").get(0);
        assertThat(run.get("tool").get("driver").get("rules")).hasSize(19)
                .allSatisfy(r -> assertThat(r.get("help").get("markdown").asText()).isNotBlank());
        assertThat(run.get("results")).hasSize(3);
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(junit.out().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getElementsByTagName("testsuite").getLength()).isEqualTo(19);
        assertThat(doc.getDocumentElement().getAttribute("failures")).isEqualTo("3");
    }

    /** One row of the table in fixtures/rules/README.md. */
    record Row(String file, List<String> findings, List<String> unknowns, java.util.Map<String, String> severities) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Row> rows() throws IOException {
        Path readme = BuiltinRules.fixture("fixtures/rules/README.md");
        if (!Files.isRegularFile(readme)) {
            return Stream.of();
        }
        List<Row> rows = new ArrayList<>();
        Pattern row = Pattern.compile("^\\| [^|]+ \\| `([^`]+)` \\| (.*) \\| (.*) \\|$");
        for (String line : Files.readAllLines(readme)) {
            Matcher m = row.matcher(line);
            if (m.matches()) {
                java.util.Map<String, String> severities = new java.util.HashMap<>();
                Matcher sev = Pattern.compile("([A-Z]+-\\d{3}) → [^;|]*?severity (\\w+)").matcher(m.group(2));
                while (sev.find()) {
                    severities.put(sev.group(1), sev.group(2));
                }
                rows.add(new Row(m.group(1), pairs(m.group(2)), pairs(m.group(3)), severities));
            }
        }
        return rows.stream();
    }

    /** {@code NET-001 → Bastion, WorkerGroup; NET-002 → …} into sorted {@code RULE → id} pairs; "—" is none. */
    static List<String> pairs(String cell) {
        List<String> out = new ArrayList<>();
        String text = cell.replaceAll("\\([^)]*\\)", "").replaceAll("`[^`]*`", "");
        text = text.replaceAll("Reasons quote.*$", "");
        for (String group : text.split(";")) {
            int arrow = group.indexOf('→');
            if (arrow < 0) {
                continue;
            }
            List<String> rules = new ArrayList<>();
            for (String r : group.substring(0, arrow).split(",")) {
                rules.add(r.strip());
            }
            for (String id : group.substring(arrow + 1).split(",")) {
                String logicalId = id.strip().replaceAll("\\s.*$", "").replaceAll("[.:]+$", "");
                if (logicalId.isEmpty() || logicalId.equals("severity")) {
                    continue;
                }
                rules.forEach(r -> out.add(r + " → " + logicalId));
            }
        }
        return out.stream().sorted().toList();
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @MethodSource("rows")
    void everyRuleFixtureGivesTheListedFindingsAndUnknowns(Row row) throws IOException {
        Path file = BuiltinRules.fixture("fixtures/rules/" + row.file());
        CliRun.Result run = BuiltinRules.scan(file.toString(), "--region", "eu-west-1", "--format", "json",
                "--fail-on", "never", "--allow-partial");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        JsonNode doc = json(run);
        assertThat(findings(doc)).as("findings").containsExactlyElementsOf(row.findings());
        assertThat(unknowns(doc)).as("unknowns").containsExactlyElementsOf(row.unknowns());
        doc.get("findings").forEach(f -> {
            String expected = row.severities().get(f.get("rule_id").asText());
            if (expected != null) {
                assertThat(f.get("severity").asText()).as("severity of " + f.get("resource").asText()).isEqualTo(expected);
            }
        });
    }

    @Test
    void aTemplateWhoseSubnetsComeFromParametersGivesUnknownsNotFindingsAndExitsIncomplete() throws IOException {
        Path file = BuiltinRules.fixture("fixtures/rules/unknown-subnets.yaml");
        assumeTrue(Files.isRegularFile(file));

        CliRun.Result run = BuiltinRules.scan(file.toString(), "--region", "eu-west-1", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        JsonNode doc = json(run);
        assertThat(doc.get("findings")).isEmpty();
        assertThat(unknowns(doc)).contains("NET-001 → Worker", "NET-002 → AppService");
        assertThat(doc.get("unknowns").get(0).get("reason").asText()).contains("has no value");
    }

    @Test
    void aViolationOnAResourceWhoseConditionIsUnknownIsAnUnknownAndTheScanIncompleteNotFailed() throws IOException {
        Path file = BuiltinRules.fixture("fixtures/rules/NET-005/conditional.yaml");
        assumeTrue(Files.isRegularFile(file));

        CliRun.Result run = BuiltinRules.scan(file.toString(), "--region", "eu-west-1", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        JsonNode doc = json(run);
        assertThat(doc.get("findings")).isEmpty();
        // the group and the host both may not exist; NET-005 itself says so, as its finding rests on the host
        assertThat(doc.get("unknowns")).hasSize(1);
        assertThat(doc.get("unknowns").get(0).get("reason").asText())
                .startsWith("security group AdminSecurityGroup admits the whole internet (tcp 22 from 0.0.0.0/0 and ::/0),"
                        + " but what it is attached to may not exist: EC2 instance AdminHost may not exist (condition"
                        + " AdminAccessOpen could not be evaluated");
    }

    @Test
    void aViolationByARuleWhoseConditionIsUnknownIsAnUnknownUntilTheConditionIsGiven() throws IOException {
        Path file = BuiltinRules.fixture("fixtures/rules/NET-005/conditional-rule.yaml");
        assumeTrue(Files.isRegularFile(file));

        CliRun.Result unknown = BuiltinRules.scan(file.toString(), "--region", "eu-west-1", "--format", "json");
        CliRun.Result open = BuiltinRules.scan(file.toString(), "--region", "eu-west-1", "--format", "json",
                "--param", "AdminAccess=open");
        CliRun.Result closed = BuiltinRules.scan(file.toString(), "--region", "eu-west-1", "--format", "json",
                "--param", "AdminAccess=closed");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(json(unknown).get("findings")).isEmpty();
        assertThat(json(unknown).get("unknowns").get(0).get("reason").asText()).endsWith(
                "admits the whole internet: its rule tcp 22 from 0.0.0.0/0 may not exist: condition AdminAccessOpen of"
                        + " AdminSshFromAnywhere could not be evaluated (parameter AdminAccess has no value and no default"
                        + " (give it with --param AdminAccess=VALUE)); the entry is kept");
        assertThat(open.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(findings(json(open))).containsExactly("NET-005 → AdminSecurityGroup");
        assertThat(closed.exitCode()).as(closed.out()).isEqualTo(ExitCodes.OK);
    }
}
