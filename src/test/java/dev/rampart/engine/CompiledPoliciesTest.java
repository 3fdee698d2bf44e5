package dev.rampart.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real path: Rego in a --policy directory compiled to one Wasm program and evaluated on the example. */
class CompiledPoliciesTest {
    @TempDir
    Path dir;

    private static final String LIB = """
            package rampart.lib.lb

            internet_facing(lb_id) if {
              some lb in input.load_balancers
              lb.id == lb_id
              lb.scheme == "internet-facing"
            }
            """;

    private static final String HTTP_RULE = """
            # METADATA
            # title: HTTP listeners redirect
            # description: Test rule.
            # custom:
            #   id: T-001
            #   severity: high
            #   resource_kinds: [listeners]
            #   remediation: Redirect.
            package rampart.rules.t_001

            import data.rampart.lib.lb

            deny contains {"resource": l.id, "message": sprintf("Listener on port %d forwards plain HTTP.", [l.port])} if {
              some l in input.listeners
              l.protocol == "HTTP"
              lb.internet_facing(l.load_balancer_id)
              not redirects(l)
            }

            redirects(l) if l.default_actions[_].type == "redirect"
            """;

    private static final String TAG_RULE = """
            # METADATA
            # title: Services carry the configured tag
            # custom:
            #   id: T-002
            #   severity: low
            #   resource_kinds: [ecs_services]
            package rampart.rules.t_002

            deny contains {"resource": s.id, "message": "No required tag.", "severity": "info"} if {
              some s in input.ecs_services
              not s.tags[data.rampart.config.required_tag]
            }

            unknown contains {"resource": s.id, "reason": "no configured tag key"} if {
              some s in input.ecs_services
              not data.rampart.config.required_tag
            }
            """;

    private Policies load() throws IOException {
        Files.writeString(dir.resolve("lib.rego"), LIB);
        Files.writeString(dir.resolve("t_001.rego"), HTTP_RULE);
        Files.writeString(dir.resolve("t_002.rego"), TAG_RULE);
        Files.writeString(dir.resolve("t_001_test.rego"), "package x_test\n\ntest_broken if { not_compiled }\n");
        return PolicyLoader.load(List.of(new PolicyDirectory(dir, "mine")));
    }

    private static ScanResult scan(Policies p, ObjectValue config) {
        return Scan.run(PolicyEngine.defaults(), p, EngineFixtures.example(),
                new Scan.Settings(List.of("fixtures/example/cdk.out"), config, List.of(), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void aPolicyDirectoryCompilesIntoOneProgramWithAnEntrypointPerRuleDocument() throws IOException {
        Policies p = load();

        assertThat(p.programs()).hasSize(1);
        assertThat(p.programs().get(0).program().entrypoints()).containsExactlyInAnyOrder(
                "rampart/rules/t_001/deny", "rampart/rules/t_002/deny", "rampart/rules/t_002/unknown");
        assertThat(p.rules()).extracting(RuleInfo::id).containsExactly("T-001", "T-002");
    }

    @Test
    void theCompiledRulesFindTheExamplesHttpListener() throws IOException {
        ScanResult r = scan(load(), ObjectValue.of(Values.string("required_tag"), Values.string("application")));

        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("T-001");
            assertThat(f.resourceId()).isEqualTo(EngineFixtures.LISTENER);
            assertThat(f.message()).isEqualTo("Listener on port 80 forwards plain HTTP.");
            assertThat(f.location().line()).isEqualTo(1787);
        });
        assertThat(r.unknowns()).isEmpty();
        assertThat(r.evaluated().get("T-002")).hasSize(2);
    }

    @Test
    void configurationReachesThePoliciesAsDataRampartConfig() throws IOException {
        ScanResult missingTag = scan(load(), ObjectValue.of(Values.string("required_tag"), Values.string("team")));
        ScanResult noConfig = scan(load(), ObjectValue.EMPTY);

        assertThat(missingTag.findings()).filteredOn(f -> f.ruleId().equals("T-002")).hasSize(2)
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        assertThat(noConfig.unknowns()).extracting(Unknown::reason).containsOnly("no configured tag key").hasSize(2);
    }

    @Test
    void templateSuppressionsInTheSnapshotApply() throws IOException {
        Policies p = load();
        var example = EngineFixtures.example();
        var at = EngineFixtures.example().listeners().get(0).location();
        var withSuppression = dev.rampart.snapshot.Snapshot.of(example.source(), example.resources().toList(),
                example.gaps(), List.of(new dev.rampart.snapshot.Suppression(EngineFixtures.LISTENER, "T-*",
                        "redirect ships next sprint", "web", "2025-02-01", at)));

        ScanResult r = Scan.run(PolicyEngine.defaults(), p, withSuppression, new Scan.Settings(List.of("x"),
                ObjectValue.EMPTY, List.of(), LocalDate.of(2025, 1, 1)));

        assertThat(r.findings().get(0).suppression().kind()).isEqualTo("inSource");
        assertThat(r.suppressions().suppressed()).isEqualTo(1);
    }

    @Test
    void aFailingEvaluationNamesTheRule() throws IOException {
        Files.writeString(dir.resolve("t_003.rego"), """
                # METADATA
                # custom:
                #   id: T-003
                #   severity: low
                package rampart.rules.t_003

                x := 1
                x := 2 if true

                deny contains {"resource": "r", "message": "m"} if x == 1
                """);

        assertThatThrownBy(() -> scan(load(), ObjectValue.EMPTY)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("mine/t_003.rego (T-003): evaluation failed");
    }
}
