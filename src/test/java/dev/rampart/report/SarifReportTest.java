package dev.rampart.report;

import static dev.rampart.report.ReportFixtures.LB_001;
import static dev.rampart.report.ReportFixtures.LISTENER;
import static dev.rampart.report.ReportFixtures.ORDERS;
import static dev.rampart.report.ReportFixtures.example;
import static dev.rampart.report.ReportFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.engine.Baseline;
import dev.rampart.engine.Finding;
import dev.rampart.engine.Fingerprints;
import dev.rampart.engine.ScanResult;
import dev.rampart.engine.Severity;
import dev.rampart.engine.SuppressionAudit;
import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Location;
import dev.rampart.wasm.value.ObjectValue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SARIF 2.1.0 as GitHub code scanning reads it (issue 6, ../shared/sarif/GITHUB-NOTES.md). */
class SarifReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode sarif(ScanResult result, ReportSettings settings) throws Exception {
        return JSON.readTree(SarifReport.render(result, settings));
    }

    private static JsonNode run(ScanResult result) throws Exception {
        return sarif(result, settings()).get("runs").get(0);
    }

    private static JsonNode resultFor(JsonNode run, String ruleId) {
        for (JsonNode r : run.get("results")) {
            if (r.get("ruleId").asText().equals(ruleId)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + ruleId);
    }

    @Test
    void theExampleValidatesAgainstTheOfficialSchema() {
        assumeTrue(SarifSchema.file() != null, "../shared/sarif is not in this checkout");
        SarifSchema.assertValid(SarifReport.render(example(), settings()));
    }

    @Test
    void everyFeatureValidatesAgainstTheSchema() {
        assumeTrue(SarifSchema.file() != null, "../shared/sarif is not in this checkout");
        SarifSchema.assertValid(SarifReport.render(everything(), settings()));
    }

    @Test
    void theSchemaCheckRejectsAnInvalidLog() {
        assumeTrue(SarifSchema.file() != null, "../shared/sarif is not in this checkout");
        String noDriverName = "{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}}]}";
        String badUri = SarifReport.render(example(), settings()).replace("fixtures/example/cdk.out/", "a b\\\\c/");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SarifSchema.assertValid(noDriverName))
                .isInstanceOf(AssertionError.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SarifSchema.assertValid(badUri))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void theLogIsOneRunOfVersionTwoOneZeroWithTheTool() throws Exception {
        JsonNode log = sarif(example(), settings());

        assertThat(log.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(log.get("version").asText()).isEqualTo("2.1.0");
        assertThat(log.get("runs")).hasSize(1);
        JsonNode driver = log.get("runs").get(0).get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("Rampart");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0-test");
        assertThat(driver.get("informationUri").asText()).startsWith("https://");
    }

    @Test
    void rulesCarryWhatGithubShows() throws Exception {
        JsonNode rules = run(example()).get("tool").get("driver").get("rules");
        assertThat(rules).extracting(r -> r.get("id").asText()).containsExactly("EPT-004", "LB-001", "NET-009", "SC-001");

        JsonNode lb = rules.get(1);
        assertThat(lb.get("name").asText()).isEqualTo("InternetFacingALBListenersRedirectHTTPToHTTPS");
        assertThat(lb.get("shortDescription").get("text").asText()).isEqualTo(LB_001.title());
        assertThat(lb.get("fullDescription").get("text").asText()).isEqualTo(LB_001.description());
        assertThat(lb.get("help").get("text").asText()).contains("Remediation: Make the HTTP listener's default action");
        assertThat(lb.get("help").get("markdown").asText()).contains("### Remediation").contains("- <https://docs.aws");
        assertThat(lb.get("helpUri").asText()).startsWith("https://docs.aws.amazon.com/");
        assertThat(lb.get("defaultConfiguration").get("level").asText()).isEqualTo("error");
        JsonNode props = lb.get("properties");
        assertThat(props.get("tags")).extracting(JsonNode::asText).containsExactly("security", "aws", "load-balancing");
        assertThat(props.get("precision").asText()).isEqualTo("high");
        assertThat(props.get("security-severity").asText()).isEqualTo("8.0");
    }

    @Test
    void securitySeverityFollowsTheDocumentedMapping() {
        assertThat(SarifRules.securitySeverity(Severity.CRITICAL)).isEqualTo("9.5");
        assertThat(SarifRules.securitySeverity(Severity.HIGH)).isEqualTo("8.0");
        assertThat(SarifRules.securitySeverity(Severity.MEDIUM)).isEqualTo("5.5");
        assertThat(SarifRules.securitySeverity(Severity.LOW)).isEqualTo("3.0");
        assertThat(SarifRules.securitySeverity(Severity.INFO)).isNull();
    }

    @Test
    void infoRulesAreRecommendationsWithoutSecuritySeverity() throws Exception {
        JsonNode net009 = run(example()).get("tool").get("driver").get("rules").get(2);

        assertThat(net009.get("properties").has("security-severity")).isFalse();
        assertThat(net009.get("properties").get("problem.severity").asText()).isEqualTo("recommendation");
        assertThat(net009.get("defaultConfiguration").get("level").asText()).isEqualTo("note");
    }

    @Test
    void aRulesOwnTagsAndPrecisionAreKept() throws Exception {
        JsonNode sc = run(example()).get("tool").get("driver").get("rules").get(3);

        assertThat(sc.get("properties").get("tags")).extracting(JsonNode::asText)
                .containsExactly("security", "aws", "service-connect", "encryption");
        assertThat(sc.get("properties").get("precision").asText()).isEqualTo("medium");
    }

    @Test
    void aResultPointsAtItsRuleWithLevelAndMessage() throws Exception {
        JsonNode run = run(example());
        JsonNode lb = resultFor(run, "LB-001");

        assertThat(lb.get("ruleIndex").asInt()).isEqualTo(1);
        assertThat(lb.get("level").asText()).isEqualTo("error");
        assertThat(lb.get("message").get("text").asText()).startsWith("The HTTP listener of PublicAlb forwards");
        assertThat(resultFor(run, "EPT-004").get("level").asText()).as("the finding's own severity: medium")
                .isEqualTo("warning");
    }

    @Test
    void thePhysicalLocationIsRelativeToTheSourceRootWithAFullRegion() throws Exception {
        JsonNode run = run(example());
        JsonNode physical = resultFor(run, "LB-001").get("locations").get(0).get("physicalLocation");

        assertThat(physical.get("artifactLocation").get("uri").asText())
                .isEqualTo("fixtures/example/cdk.out/RampartExample.template.json");
        assertThat(physical.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        JsonNode region = physical.get("region");
        assertThat(region.get("startLine").asInt()).isEqualTo(1787);
        assertThat(region.get("startColumn").asInt()).isEqualTo(3);
        assertThat(region.get("endLine").asInt()).isEqualTo(1787);
        // "PublicAlbHttpA2F180B8" with its quotes: 23 characters from column 3, end exclusive.
        assertThat(region.get("endColumn").asInt()).isEqualTo(26);
        assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
        assertThat(run.get("originalUriBaseIds").get("%SRCROOT%").get("uri").asText())
                .isEqualTo(Path.of("").toAbsolutePath().toUri().toString());
    }

    @Test
    void aSourceRootAboveTheWorkingDirectoryPrefixesTheDirectory() throws Exception {
        Path parent = Path.of("").toAbsolutePath().getParent();
        ReportSettings s = new ReportSettings(Severity.HIGH, false, parent, null, false, ReportFixtures.NOW);
        JsonNode physical = sarif(example(), s).get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation");

        assertThat(physical.get("artifactLocation").get("uri").asText())
                .isEqualTo(Path.of("").toAbsolutePath().getFileName() + "/fixtures/example/cdk.out/RampartExample.template.json");
    }

    @Test
    void aFileOutsideTheSourceRootKeepsAnAbsoluteFileUri() throws Exception {
        Path elsewhere = Path.of("src/test").toAbsolutePath();
        ReportSettings s = new ReportSettings(Severity.HIGH, false, elsewhere, null, false, ReportFixtures.NOW);
        JsonNode artifact = sarif(example(), s).get("runs").get(0).get("results").get(0).get("locations").get(0)
                .get("physicalLocation").get("artifactLocation");

        assertThat(artifact.get("uri").asText()).startsWith("file:///").endsWith("/RampartExample.template.json");
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void logicalLocationsNameTheResourceAndItsConstructPath() throws Exception {
        JsonNode logical = resultFor(run(example()), "LB-001").get("locations").get(0).get("logicalLocations");

        assertThat(logical.get(0).get("fullyQualifiedName").asText()).isEqualTo(LISTENER);
        assertThat(logical.get(0).get("name").asText()).isEqualTo("PublicAlbHttpA2F180B8");
        assertThat(logical.get(0).get("kind").asText()).isEqualTo("resource");
        assertThat(logical.get(1).get("fullyQualifiedName").asText()).isEqualTo("RampartExample/PublicAlb/Http/Resource");
    }

    @Test
    void fingerprintsAreTheEngines() throws Exception {
        JsonNode fp = resultFor(run(example()), "LB-001").get("partialFingerprints");
        String expected = Fingerprints.of("LB-001", LISTENER, ReportFixtures.location(LISTENER), "111111111111");

        assertThat(fp.get("primaryLocationLineHash").asText()).isEqualTo(expected);
        assertThat(fp.get("rampart/v1").asText()).isEqualTo(expected);
    }

    @Test
    void theAutomationIdIsTheCategoryWithASlash() throws Exception {
        assertThat(run(example()).get("automationDetails").get("id").asText()).isEqualTo("rampart/templates/");
        ReportSettings s = new ReportSettings(Severity.HIGH, false, Path.of(""), "prod-cdk", false, ReportFixtures.NOW);
        assertThat(sarif(example(), s).get("runs").get(0).get("automationDetails").get("id").asText())
                .isEqualTo("prod-cdk/");
    }

    @Test
    void aCompleteScanIsASuccessfulExecution() throws Exception {
        JsonNode invocation = run(ReportFixtures.result(List.of(), List.of(), List.of())).get("invocations").get(0);

        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        assertThat(invocation.get("toolExecutionNotifications")).isEmpty();
    }

    @Test
    void gapsAndUnknownsAreNotificationsAndMakeTheExecutionUnsuccessful() throws Exception {
        JsonNode invocation = run(everything()).get("invocations").get(0);

        assertThat(invocation.get("executionSuccessful").asBoolean()).isFalse();
        JsonNode notes = invocation.get("toolExecutionNotifications");
        assertThat(notes).extracting(n -> n.get("descriptor").get("id").asText()).containsExactly(
                "rampart/gap/unresolved", "rampart/gap/collection", "rampart/unknown", "rampart/suppression/expired",
                "rampart/suppression/stale");
        assertThat(notes.get(1).get("message").get("text").asText())
                .contains("ec2:DescribeRouteTables").contains("AccessDenied");
        assertThat(notes.get(2).get("associatedRule").get("id").asText()).isEqualTo("SC-001");
        assertThat(notes.get(0).get("locations").get(0).get("physicalLocation").get("region").get("startLine").asInt())
                .isEqualTo(1182);
    }

    @Test
    void suppressedFindingsAreKeptWithTheirSuppression() throws Exception {
        JsonNode sc = resultFor(run(everything()), "SC-001");

        JsonNode s = sc.get("suppressions").get(0);
        assertThat(s.get("kind").asText()).isEqualTo("external");
        assertThat(s.get("status").asText()).isEqualTo("accepted");
        assertThat(s.get("justification").asText()).isEqualTo("mTLS in the application");
        assertThat(s.get("properties").get("owner").asText()).isEqualTo("payments");
    }

    @Test
    void baselineStateIsSetWhenThereIsABaseline() throws Exception {
        JsonNode run = run(everything());

        assertThat(resultFor(run, "LB-001").get("baselineState").asText()).isEqualTo("new");
        assertThat(resultFor(run, "EPT-004").get("baselineState").asText()).isEqualTo("unchanged");
    }

    @Test
    void liveResultsHaveLogicalLocationsAndASyntheticArtifactButNoForeignSchemeInPhysicalLocations() throws Exception {
        String arn = "arn:aws:elasticloadbalancing:eu-west-1:111111111111:listener/app/web/abc/def";
        Finding live = new Finding("LB-001", Severity.HIGH, arn, "listeners", "HTTP forwards.", ObjectValue.EMPTY,
                Location.ofArn(arn), "111111111111", "eu-west-1", Fingerprints.of("LB-001", arn, Location.ofArn(arn),
                "111111111111"), null, null);
        String text = SarifReport.render(ReportFixtures.result(List.of(live), List.of(), List.of()), settings());
        JsonNode run = JSON.readTree(text).get("runs").get(0);
        JsonNode result = run.get("results").get(0);

        assertThat(result.get("locations").get(0).has("physicalLocation")).isFalse();
        assertThat(result.get("locations").get(0).get("logicalLocations").get(0).get("fullyQualifiedName").asText())
                .isEqualTo(arn);
        int index = result.get("analysisTarget").get("index").asInt();
        assertThat(run.get("artifacts").get(index).get("location").get("uri").asText()).isEqualTo(
                "aws://111111111111/eu-west-1/arn%3Aaws%3Aelasticloadbalancing%3Aeu-west-1%3A111111111111%3Alistener%2Fapp%2Fweb%2Fabc%2Fdef");
        assertThat(JSON.readTree(text).findValues("physicalLocation")).noneMatch(p -> p.toString().contains("aws://"));
        if (SarifSchema.file() != null) {
            SarifSchema.assertValid(text);
        }
    }

    /** Findings, a suppression, a baseline, gaps of both kinds, an unknown, expired and stale suppressions. */
    static ScanResult everything() {
        ScanResult base = example();
        List<Finding> findings = base.findings().stream().map(f -> switch (f.ruleId()) {
            case "SC-001" -> f.withSuppression(new Finding.Suppression("external", "mTLS in the application", "payments",
                    "2030-01-01", ".rampart/suppressions.yaml:3"));
            case "LB-001" -> f.withBaseline(Finding.BaselineState.NEW);
            default -> f.withBaseline(Finding.BaselineState.UNCHANGED);
        }).toList();
        List<Gap> gaps = List.of(
                Gap.unresolved(ORDERS, "/subnet_ids/0", "Fn::ImportValue \"shared-subnet\" is defined elsewhere",
                        ReportFixtures.location(ORDERS)),
                Gap.collection("111111111111", "eu-west-1", "ec2:DescribeRouteTables", "AccessDenied", "not authorized"));
        SuppressionAudit audit = new SuppressionAudit(1,
                List.of(new SuppressionAudit.Entry("external", "NET-001 on bastion/*", "bastion", "ops", "2024-01-01",
                        ".rampart/suppressions.yaml:9", 0)),
                List.of(new SuppressionAudit.Entry("inSource", "EPT-001 on RampartExample/Vpc8378EB38", "r", null, null,
                        "fixtures/example/cdk.out/RampartExample.template.json:4", 0)));
        ScanResult withGaps = new ScanResult(base.toolVersion(), base.inputs(), base.source(), base.rules(), findings,
                base.unknowns(), base.evaluated(), gaps, audit, new Baseline.Report("baseline.json", 1, 1, List.of()), null);
        return withGaps;
    }
}
