package dev.rampart.report;

import static dev.rampart.report.ReportFixtures.example;
import static dev.rampart.report.ReportFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.engine.ConfigException;
import dev.rampart.engine.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings document (docs/findings.md): its shape, and reading it back. */
class FindingsJsonTest {
    @TempDir
    Path dir;

    @Test
    void theDocumentHasEveryDocumentedSection() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(FindingsJson.render(SarifReportTest.everything(), settings()));

        assertThat(doc.fieldNames()).toIterable().containsExactly("format", "format_version", "tool", "generated_at",
                "inputs", "source", "fail_on", "summary", "rules", "findings", "unknowns", "gaps", "suppressions",
                "baseline", "changes");
        assertThat(doc.get("format").asText()).isEqualTo("rampart-findings");
        assertThat(doc.get("format_version").asText()).isEqualTo("1.0");
        assertThat(doc.get("tool").get("version").asText()).isEqualTo("0.1.0-test");
        assertThat(doc.get("generated_at").asText()).isEqualTo("2025-06-01T12:00:00Z");
        assertThat(doc.get("source").get("kind").asText()).isEqualTo("template");
        JsonNode summary = doc.get("summary");
        assertThat(summary.get("findings").asInt()).isEqualTo(2);
        assertThat(summary.get("by_severity").get("high").asInt()).isEqualTo(1);
        assertThat(summary.get("suppressed").asInt()).isEqualTo(1);
        assertThat(summary.get("failing").asInt()).as("LB-001 is new; EPT-004 is medium").isEqualTo(1);
        assertThat(summary.get("gaps").asInt()).isEqualTo(2);
        assertThat(summary.get("incomplete").asBoolean()).isTrue();
        assertThat(summary.get("exit_code").asInt()).isEqualTo(1);
        JsonNode rule = doc.get("rules").get(1);
        assertThat(rule.get("id").asText()).isEqualTo("LB-001");
        assertThat(rule.get("remediation").asText()).startsWith("Make the HTTP listener's");
        assertThat(rule.get("evaluated").asInt()).isEqualTo(1);
        JsonNode finding = doc.get("findings").get(0);
        assertThat(finding.get("location").get("line").asInt()).isEqualTo(1787);
        assertThat(finding.get("location").get("construct_path").asText()).isEqualTo("RampartExample/PublicAlb/Http/Resource");
        assertThat(finding.get("baseline").asText()).isEqualTo("new");
        assertThat(doc.get("suppressions").get("expired").get(0).get("scope").asText()).isEqualTo("NET-001 on bastion/*");
        assertThat(doc.get("baseline").get("file").asText()).isEqualTo("baseline.json");
        assertThat(doc.get("changes").isNull()).isTrue();
    }

    @Test
    void aWrittenDocumentReadsBackToTheSameFindings() throws Exception {
        ScanResult r = SarifReportTest.everything();
        Path f = Files.writeString(dir.resolve("findings.json"), FindingsJson.render(r, settings()));

        FindingsDocument back = FindingsDocument.read(f, "findings.json");

        assertThat(back.findings()).isEqualTo(r.findings());
        assertThat(back.inputs()).containsExactly("fixtures/example/cdk.out");
        assertThat(back.generatedAt()).isEqualTo("2025-06-01T12:00:00Z");
    }

    @Test
    void somethingElseIsNotAFindingsDocument() throws Exception {
        Path f = Files.writeString(dir.resolve("s.json"), "{\"schema_version\": \"1.1\"}");

        assertThatThrownBy(() -> FindingsDocument.read(f, "s.json")).isInstanceOf(ConfigException.class)
                .hasMessage("s.json: not a findings document (written by --format json)");
    }

    @Test
    void theDocumentServesAsABaseline() throws Exception {
        Path f = Files.writeString(dir.resolve("last.json"), FindingsJson.render(SarifReportTest.everything(), settings()));

        var baseline = dev.rampart.engine.Baseline.read(f, "last.json");

        assertThat(baseline.entries()).as("the suppressed finding is left out").hasSize(2);
    }

    @Test
    void verdictsFollowTheExitCodePolicy() {
        ScanResult clean = ReportFixtures.result(java.util.List.of(), java.util.List.of(), java.util.List.of());
        ScanResult gaps = SarifReportTest.everything();

        assertThat(Verdict.of(example(), dev.rampart.engine.Severity.HIGH, false)).isEqualTo(Verdict.FAIL);
        assertThat(Verdict.of(example(), null, false)).as("an unknown alone makes the scan incomplete")
                .isEqualTo(Verdict.INCOMPLETE);
        assertThat(Verdict.of(example(), dev.rampart.engine.Severity.CRITICAL, true)).isEqualTo(Verdict.PASS);
        assertThat(Verdict.of(clean, dev.rampart.engine.Severity.INFO, false)).isEqualTo(Verdict.PASS);
        assertThat(Verdict.of(gaps, dev.rampart.engine.Severity.HIGH, false)).as("findings win over gaps")
                .isEqualTo(Verdict.FAIL);
        assertThat(Verdict.of(gaps, dev.rampart.engine.Severity.CRITICAL, false)).isEqualTo(Verdict.INCOMPLETE);
        assertThat(Verdict.of(gaps, dev.rampart.engine.Severity.CRITICAL, true)).isEqualTo(Verdict.PASS);
        assertThat(Verdict.failing(gaps.findings(), dev.rampart.engine.Severity.MEDIUM))
                .as("suppressed and baselined findings do not count").extracting(f -> f.ruleId()).containsExactly("LB-001");
    }
}
