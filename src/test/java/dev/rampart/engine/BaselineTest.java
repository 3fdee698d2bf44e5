package dev.rampart.engine;

import static dev.rampart.engine.EngineFixtures.LISTENER;
import static dev.rampart.engine.EngineFixtures.ORDERS;
import static dev.rampart.engine.EngineFixtures.finding;
import static dev.rampart.engine.EngineFixtures.rule;
import static dev.rampart.engine.EngineFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.snapshot.Snapshot;
import dev.rampart.template.TemplateOptions;
import dev.rampart.template.TemplateSnapshotter;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.value.ObjectValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Baselines: only new findings count; fingerprints survive re-synthesis; runs compare by fingerprint. */
class BaselineTest {
    private static final RuleInfo LB_001 = rule("LB-001", Severity.HIGH, "listeners");
    private static final RuleInfo SC_001 = rule("SC-001", Severity.HIGH, "ecs_services");

    @TempDir
    Path dir;

    private static List<Finding> scan(Snapshot snapshot, String... resourcesWithLb001) {
        var lb = new java.util.ArrayList<dev.rampart.wasm.value.Value>();
        for (String r : resourcesWithLb001) {
            lb.add(finding(r, "HTTP forwards on " + r + "."));
        }
        FakeProgram program = new FakeProgram(Map.of(
                "rampart/rules/lb_001/deny", set(lb.toArray(dev.rampart.wasm.value.Value[]::new)),
                "rampart/rules/sc_001/deny", set(finding(ORDERS, "No TLS."))));
        return new PolicyEngine(EvalOptions.DEFAULT, 1).evaluate(EngineFixtures.policies(program, LB_001, SC_001),
                SnapshotInput.of(snapshot), ObjectValue.EMPTY).findings();
    }

    private Baseline roundTrip(List<Finding> findings) throws IOException {
        Path f = Files.writeString(dir.resolve("baseline.json"),
                Baseline.of(findings).toJson("0.1.0", Instant.parse("2025-01-01T00:00:00Z")));
        return Baseline.read(f, "baseline.json");
    }

    @Test
    void findingsInTheBaselineAreUnchangedAndOthersNew() throws IOException {
        Snapshot example = EngineFixtures.example();
        Baseline baseline = roundTrip(scan(example));

        Baseline.Outcome o = baseline.compare(scan(example, LISTENER), "baseline.json");

        assertThat(o.findings()).filteredOn(f -> f.ruleId().equals("SC-001")).singleElement()
                .satisfies(f -> assertThat(f.baseline()).isEqualTo(Finding.BaselineState.UNCHANGED));
        assertThat(o.findings()).filteredOn(f -> f.ruleId().equals("LB-001")).singleElement()
                .satisfies(f -> assertThat(f.baseline()).isEqualTo(Finding.BaselineState.NEW));
        assertThat(o.report()).isEqualTo(new Baseline.Report("baseline.json", 1, 1, List.of()));
    }

    @Test
    void baselinedFindingsThatAreGoneAreReportedFixed() throws IOException {
        Snapshot example = EngineFixtures.example();
        Baseline baseline = roundTrip(scan(example, LISTENER));

        Baseline.Report report = baseline.compare(scan(example), "b").report();

        assertThat(report.fixed()).singleElement().satisfies(e -> {
            assertThat(e.ruleId()).isEqualTo("LB-001");
            assertThat(e.resource()).isEqualTo(LISTENER);
            assertThat(e.message()).isEqualTo("HTTP forwards on " + LISTENER + ".");
        });
    }

    @Test
    void aResynthesizedTemplateWithMovedLinesGivesNothingNew() throws IOException {
        Path original = dir.resolve("v1/cdk.out");
        copy(EngineFixtures.EXAMPLE, original);
        Path moved = dir.resolve("v2/cdk.out");
        copy(EngineFixtures.EXAMPLE, moved);
        Path template = moved.resolve("RampartExample.template.json");
        // Re-synthesis reorders and re-indents; the same resources keep their logical ids and construct paths.
        Files.writeString(template, "\n\n\n" + Files.readString(template).replace("\n", "\n  "));
        Snapshot before = TemplateSnapshotter.read(List.of(original), TemplateOptions.defaults());
        Snapshot after = TemplateSnapshotter.read(List.of(moved), TemplateOptions.defaults());
        List<Finding> then = scan(before, LISTENER);
        List<Finding> now = scan(after, LISTENER);
        assertThat(now.get(0).location().line()).isNotEqualTo(then.get(0).location().line());

        Baseline.Outcome o = roundTrip(then).compare(now, "b");

        assertThat(o.report().added()).isZero();
        assertThat(o.report().fixed()).isEmpty();
    }

    @Test
    void suppressedFindingsAreLeftOutOfABaseline() {
        Finding f = scan(EngineFixtures.example()).get(0)
                .withSuppression(new Finding.Suppression("external", "r", "o", null, "s.yaml:2"));

        assertThat(Baseline.of(List.of(f)).entries()).isEmpty();
    }

    @Test
    void aFileThatIsNotABaselineIsAnError() throws IOException {
        Path f = Files.writeString(dir.resolve("x.json"), "{\"schema_version\": \"1.1\"}");

        assertThatThrownBy(() -> Baseline.read(f, "x.json")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("x.json: not a baseline");
    }

    @Test
    void aLaterMajorVersionIsRefused() throws IOException {
        Path f = Files.writeString(dir.resolve("b.json"), "{\"format\": \"rampart-baseline\", \"format_version\": \"2.0\","
                + " \"findings\": []}");

        assertThatThrownBy(() -> Baseline.read(f, "b.json")).isInstanceOf(ConfigException.class)
                .hasMessage("b.json: baseline version 2.0 is not supported (1.x)");
    }

    @Test
    void runsCompareByFingerprintIntoNewResolvedAndStillOpen() {
        Snapshot example = EngineFixtures.example();
        List<Finding> before = scan(example, LISTENER);
        List<Finding> after = scan(example);
        List<Finding> later = scan(example, LISTENER);

        RunComparison c = RunComparison.compare("run-1.findings.json", before, after);
        assertThat(c.added()).isEmpty();
        assertThat(c.resolved()).extracting(Finding::ruleId).containsExactly("LB-001");
        assertThat(c.stillOpen()).extracting(Finding::ruleId).containsExactly("SC-001");

        assertThat(RunComparison.compare("run-2", after, later).added()).extracting(Finding::ruleId)
                .containsExactly("LB-001");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
