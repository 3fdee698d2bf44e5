package dev.rampart.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.Entrypoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which packages are rules, and what their METADATA must say (docs/policies.md). */
class RuleModulesTest {

    static final String NET_001 = """
            # METADATA
            # title: Instances are not in public subnets
            # description: An instance in a public subnet is reachable from the internet.
            # related_resources:
            #   - ref: https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Scenario2.html
            # custom:
            #   id: NET-001
            #   severity: high
            #   resource_kinds: [instances, auto_scaling_groups]
            #   remediation: Move it to a private subnet.
            #   tags: [network]
            #   precision: very-high
            package rampart.rules.net_001

            import data.rampart.lib.net

            deny contains {"resource": i.id, "message": "public"} if {
              some i in input.instances
              net.public(i.subnet_id)
            }

            unknown contains {"resource": i.id, "reason": "subnet unknown"} if {
              some i in input.instances
              i.subnet_id == null
            }
            """;

    static final String LIB = """
            package rampart.lib.net

            public(id) if id == "x"
            """;

    private static List<RuleModule> rules(String... modules) {
        List<RegoSource> sources = new ArrayList<>();
        for (int i = 0; i < modules.length; i++) {
            sources.add(new RegoSource("policies/m" + i + ".rego", modules[i]));
        }
        CompileResult r = RegoCompiler.compile(sources, CompileOptions.DEFAULT);
        assertThat(r.errors()).isEmpty();
        return RuleModules.of(r.policy());
    }

    @Test
    void aPackageWithIdAndDenyIsARuleWithItsMetadata() {
        List<RuleModule> rules = rules(NET_001, LIB);

        assertThat(rules).singleElement().satisfies(m -> {
            RuleInfo r = m.info();
            assertThat(r.id()).isEqualTo("NET-001");
            assertThat(r.title()).isEqualTo("Instances are not in public subnets");
            assertThat(r.description()).isEqualTo("An instance in a public subnet is reachable from the internet.");
            assertThat(r.severity()).isEqualTo(Severity.HIGH);
            assertThat(r.remediation()).isEqualTo("Move it to a private subnet.");
            assertThat(r.references()).containsExactly("https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Scenario2.html");
            assertThat(r.resourceKinds()).containsExactly("instances", "auto_scaling_groups");
            assertThat(r.tags()).containsExactly("network");
            assertThat(r.precision()).isEqualTo("very-high");
            assertThat(r.packagePath()).isEqualTo("rampart.rules.net_001");
            assertThat(r.source()).isEqualTo("policies/m0.rego");
            assertThat(m.deny()).isEqualTo("rampart/rules/net_001/deny");
            assertThat(m.unknown()).isEqualTo("rampart/rules/net_001/unknown");
        });
    }

    @Test
    void theEntrypointsAreTheDenyAndUnknownDocumentsOfEachRule() {
        assertThat(RuleModules.entrypoints(rules(NET_001, LIB))).containsExactly(
                Entrypoint.Document.of("data.rampart.rules.net_001.deny"),
                Entrypoint.Document.of("data.rampart.rules.net_001.unknown"));
    }

    @Test
    void aRuleWithoutUnknownHasNoUnknownEntrypoint() {
        String noUnknown = NET_001.substring(0, NET_001.indexOf("unknown contains"));

        assertThat(rules(noUnknown, LIB).get(0).unknown()).isNull();
    }

    @Test
    void precisionDefaultsToHigh() {
        assertThat(rules(NET_001.replace("#   precision: very-high\n", ""), LIB).get(0).info().precision())
                .isEqualTo("high");
    }

    @Test
    void aPackageDefiningDenyWithoutIdIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> rules(NET_001.replace("#   id: NET-001\n", ""), LIB))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policies/m0.rego: package rampart.rules.net_001 defines deny, so it is a rule, but its"
                        + " package METADATA block has no custom.id (see docs/policies.md)");
    }

    @Test
    void aRuleWithoutSeverityIsAnError() {
        assertThatThrownBy(() -> rules(NET_001.replace("#   severity: high\n", ""), LIB))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("policies/m0.rego: package rampart.rules.net_001 (NET-001): custom.severity must be"
                        + " one of critical, high, medium, low, info; it is missing");
    }

    @Test
    void anUnknownSeverityIsAnError() {
        assertThatThrownBy(() -> rules(NET_001.replace("severity: high", "severity: severe"), LIB))
                .isInstanceOf(PolicyException.class).hasMessageContaining("not 'severe'");
    }

    @Test
    void anIdWithoutDenyIsAnError() {
        String idOnly = NET_001.substring(0, NET_001.indexOf("import")) + "x := 1\n";

        assertThatThrownBy(() -> rules(idOnly)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("declares custom.id but defines no deny rule");
    }

    @Test
    void resourceKindsMustBeAList() {
        assertThatThrownBy(() -> rules(NET_001.replace("[instances, auto_scaling_groups]", "instances"), LIB))
                .isInstanceOf(PolicyException.class).hasMessageContaining("custom.resource_kinds must be a list of strings");
    }

    @Test
    void duplicateIdsAcrossPolicySetsAreAnErrorNamingBothFiles() {
        RuleInfo a = EngineFixtures.rule("NET-001", Severity.HIGH);
        RuleInfo b = new RuleInfo("NET-001", "t", null, Severity.LOW, null, List.of(), List.of(), "x.y", "mine/net.rego");
        PolicySource one = source(new PolicySet.Program("builtin", new FakeProgram(java.util.Map.of()),
                List.of(EngineFixtures.module(a)), null));
        PolicySource two = source(new PolicySet.Program("mine", new FakeProgram(java.util.Map.of()),
                List.of(EngineFixtures.module(b)), null));

        assertThatThrownBy(() -> PolicyLoader.load(List.of(one, two))).isInstanceOf(PolicyException.class)
                .hasMessage("rule id NET-001 is declared twice: in policies/NET-001.rego and in mine/net.rego (with"
                        + " your own copy of a built-in rule, add --no-builtin)");
    }

    @Test
    void regoThatDoesNotCompileIsAnErrorListingEveryProblem() {
        PolicySource bad = source(new PolicySet.Rego("mine", List.of(new RegoSource("mine/bad.rego",
                "package x\n\ndeny contains y if { z }\n"))));

        assertThatThrownBy(() -> PolicyLoader.load(List.of(bad))).isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("the policies do not compile:\n  mine/bad.rego:3:");
    }

    private static PolicySource source(PolicySet set) {
        return new PolicySource() {
            @Override
            public String name() {
                return set.origin();
            }

            @Override
            public PolicySet load() {
                return set;
            }
        };
    }
}
