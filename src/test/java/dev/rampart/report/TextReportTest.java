package dev.rampart.report;

import static dev.rampart.report.ReportFixtures.example;
import static dev.rampart.report.ReportFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.engine.RunComparison;
import dev.rampart.engine.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report for people. */
class TextReportTest {

    @Test
    void findingsAreGroupedBySeverityThenRuleWithLocationMessageAndRemediation() {
        String text = TextReport.render(example(), settings());

        assertThat(text).contains("""
                HIGH (2)
                  LB-001  Internet-facing ALB listeners redirect HTTP to HTTPS
                    - RampartExample/PublicAlbHttpA2F180B8
                      fixtures/example/cdk.out/RampartExample.template.json:1787  RampartExample/PublicAlb/Http/Resource
                      The HTTP listener of PublicAlb forwards to WebGroup instead of redirecting to HTTPS.
                    Remediation: Make the HTTP listener's default action a redirect to HTTPS (port 443, status
                      HTTP_301).
                  SC-001  Sensitive Service Connect traffic is encrypted
                """);
        assertThat(text.indexOf("HIGH (2)")).isLessThan(text.indexOf("MEDIUM (1)"));
    }

    @Test
    void theSummaryLineCountsEverySeverityUnknownsAndGapsAndSaysTheVerdict() {
        String text = TextReport.render(example(), settings());

        assertThat(text).endsWith("3 findings (0 critical, 2 high, 1 medium, 0 low, 0 info), 0 suppressed, 1 unknown,"
                + " 0 gaps; 4 rules on 4 resources — fail: 2 at or above --fail-on\n");
    }

    @Test
    void unknownsAreListedPerRuleWithTheirReason() {
        assertThat(TextReport.render(example(), settings())).contains("""
                Unknown (1 undecided: the snapshot could not tell)
                  SC-001  1 resource
                    - RampartExample/WebService7F8A1763: its tags could not be resolved
                """);
    }

    @Test
    void suppressedExpiredStaleGapsAndBaselineAreReported() {
        String text = TextReport.render(SarifReportTest.everything(), settings());

        assertThat(text).contains("Suppressed (1)")
                .contains("SC-001  RampartExample/OrdersService70141735: mTLS in the application")
                .contains("expired NET-001 on bastion/*, 2024-01-01: no longer applied to 0 findings")
                .contains("stale EPT-001 on RampartExample/Vpc8378EB38: matches no finding")
                .contains("Gaps (2: what could not be collected or resolved)")
                .contains("ec2:DescribeRouteTables in 111111111111/eu-west-1 failed (AccessDenied): not authorized")
                .contains("Baseline baseline.json: 1 new, 1 already there, 0 fixed")
                .contains("- RampartExample/PublicAlbHttpA2F180B8 [new]");
    }

    @Test
    void changesSinceThePreviousRunListNewAndResolved() {
        var r = example();
        var changed = r.withChanges(new RunComparison("20250101T000000Z.findings.json", List.of(r.findings().get(0)),
                List.of(r.findings().get(2)), List.of(r.findings().get(1))));

        assertThat(TextReport.render(changed, settings())).contains("""
                Since 20250101T000000Z.findings.json: 1 new, 1 resolved, 1 still open
                  new      LB-001  RampartExample/PublicAlbHttpA2F180B8
                  resolved EPT-004  RampartExample/Vpc8378EB38
                """);
    }

    @Test
    void longTextIsFoldedAtAHundredColumnsWithoutSplittingWords() {
        String url = "https://docs.aws.amazon.com/" + "x".repeat(90);

        assertThat(TextReport.wrap("one two " + url + " three", 90, "  ")).isEqualTo("one two\n  " + url + "\n  three");
        assertThat(TextReport.wrap("a\nb", 0, "  ")).isEqualTo("a\n  b");
    }

    @Test
    void colourOnlyWhenAsked() {
        ReportSettings colour = new ReportSettings(Severity.HIGH, false, Path.of(""), null, true, ReportFixtures.NOW);

        assertThat(TextReport.render(example(), settings())).doesNotContain("\u001b[");
        assertThat(TextReport.render(example(), colour)).contains("\u001b[1;31mHIGH\u001b[0m");
    }

    @Test
    void noFindingsSaysSo() {
        String text = TextReport.render(ReportFixtures.result(List.of(), List.of(), List.of()), settings());

        assertThat(text).startsWith("No findings. 4 rules evaluated.\n").endsWith("— pass\n");
    }
}
