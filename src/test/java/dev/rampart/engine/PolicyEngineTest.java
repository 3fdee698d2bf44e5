package dev.rampart.engine;

import static dev.rampart.engine.EngineFixtures.LISTENER;
import static dev.rampart.engine.EngineFixtures.ORDERS;
import static dev.rampart.engine.EngineFixtures.VPC;
import static dev.rampart.engine.EngineFixtures.WEB;
import static dev.rampart.engine.EngineFixtures.finding;
import static dev.rampart.engine.EngineFixtures.rule;
import static dev.rampart.engine.EngineFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.snapshot.Snapshot;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How rule results become findings and unknowns: the contract of docs/policies.md, seen from the engine. */
class PolicyEngineTest {
    private static final Snapshot EXAMPLE = EngineFixtures.example();
    private static final SnapshotInput INPUT = SnapshotInput.of(EXAMPLE);
    private static final RuleInfo LB_001 = rule("LB-001", Severity.HIGH, "listeners");
    private static final RuleInfo SC_001 = rule("SC-001", Severity.HIGH, "ecs_services");
    private static final RuleInfo NET_009 = rule("NET-009", Severity.INFO, "vpcs");

    private static PolicyEngine.Evaluation evaluate(Map<String, Value> answers, RuleInfo... rules) {
        return new PolicyEngine(EvalOptions.DEFAULT, 2).evaluate(
                EngineFixtures.policies(new FakeProgram(answers), rules), INPUT, ObjectValue.EMPTY);
    }

    @Test
    void aDenyElementBecomesAFindingWithTheResourcesLocation() {
        var e = evaluate(Map.of("rampart/rules/lb_001/deny", set(finding(LISTENER, "HTTP listener forwards."))), LB_001);

        assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("LB-001");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.resourceId()).isEqualTo(LISTENER);
            assertThat(f.resourceKind()).isEqualTo("listeners");
            assertThat(f.message()).isEqualTo("HTTP listener forwards.");
            assertThat(f.location().file()).isEqualTo("fixtures/example/cdk.out/RampartExample.template.json");
            assertThat(f.location().line()).isEqualTo(1787);
            assertThat(f.location().constructPath()).isEqualTo("RampartExample/PublicAlb/Http/Resource");
            assertThat(f.account()).isEqualTo("111111111111");
            assertThat(f.region()).isEqualTo("eu-west-1");
            assertThat(f.fingerprint()).isEqualTo(Fingerprints.of("LB-001", LISTENER, f.location(), f.account()));
            assertThat(f.suppressed()).isFalse();
        });
    }

    @Test
    void theSnapshotValueAndTheConfigurationAreSharedByEveryRule() {
        FakeProgram program = new FakeProgram(Map.of());
        ObjectValue config = ObjectValue.of(Values.string("k"), Values.string("v"));
        new PolicyEngine(EvalOptions.DEFAULT, 2).evaluate(EngineFixtures.policies(program, LB_001, SC_001), INPUT, config);

        assertThat(program.inputs.values()).allSatisfy(v -> assertThat(v).isSameAs(INPUT.value()));
        assertThat(program.data.get("rampart/rules/sc_001/deny")).isEqualTo(Values.fromJson("{\"rampart\": {\"config\": {\"k\": \"v\"}}}"));
    }

    @Test
    void aFindingMaySetItsOwnSeverityAndDetails() {
        ObjectValue f = finding(ORDERS, "No TLS.").with(Values.string("severity"), Values.string("medium"))
                .with(Values.string("details"), Values.fromJson("{\"port\": 8080}"));
        var e = evaluate(Map.of("rampart/rules/sc_001/deny", set(f)), SC_001);

        assertThat(e.findings().get(0).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(Values.toJson(e.findings().get(0).details())).isEqualTo("{\"port\":8080}");
    }

    @Test
    void findingsAreOrderedBySeverityThenRuleThenResource() {
        var e = evaluate(Map.of(
                "rampart/rules/net_009/deny", set(finding(VPC, "Two environments.")),
                "rampart/rules/sc_001/deny", set(finding(WEB, "b"), finding(ORDERS, "a")),
                "rampart/rules/lb_001/deny", set(finding(LISTENER, "c"))), NET_009, SC_001, LB_001);

        assertThat(e.findings()).extracting(Finding::ruleId, Finding::resourceId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("LB-001", LISTENER),
                org.assertj.core.groups.Tuple.tuple("SC-001", ORDERS),
                org.assertj.core.groups.Tuple.tuple("SC-001", WEB),
                org.assertj.core.groups.Tuple.tuple("NET-009", VPC));
    }

    @Test
    void severalFindingsOfOneRuleOnOneResourceHaveDistinctFingerprints() {
        var e = evaluate(Map.of("rampart/rules/sc_001/deny",
                set(finding(ORDERS, "Port 8080 without TLS."), finding(ORDERS, "Port 9090 without TLS."))), SC_001);

        assertThat(e.findings()).extracting(Finding::fingerprint).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void aResourceNotInTheSnapshotStillGivesAFindingWithoutLocation() {
        var e = evaluate(Map.of("rampart/rules/lb_001/deny", set(finding("elsewhere/Thing", "m"))), LB_001);

        assertThat(e.findings().get(0).location()).isEqualTo(dev.rampart.snapshot.Location.NONE);
        assertThat(e.findings().get(0).resourceKind()).isNull();
    }

    @Test
    void undefinedDenyMeansNoFindings() {
        assertThat(evaluate(Map.of(), LB_001).findings()).isEmpty();
    }

    @Test
    void unknownElementsBecomeUnknownsWithTheirReason() {
        var e = evaluate(Map.of("rampart/rules/sc_001/unknown", set(Values.object(Values.string("resource"),
                Values.string(WEB), Values.string("reason"), Values.string("its namespace is unknown")))), SC_001);

        assertThat(e.unknowns()).singleElement().satisfies(u -> {
            assertThat(u.ruleId()).isEqualTo("SC-001");
            assertThat(u.reason()).isEqualTo("its namespace is unknown");
            assertThat(u.location().line()).isEqualTo(1532);
        });
    }

    private static PolicyEngine.Evaluation evaluateWithGaps(List<dev.rampart.snapshot.Gap> gaps, Map<String, Value> answers,
            RuleInfo... rules) {
        Snapshot withGaps = Snapshot.of(EXAMPLE.source(), EXAMPLE.resources().toList(), gaps, EXAMPLE.suppressions());
        return new PolicyEngine(EvalOptions.DEFAULT, 2).evaluate(
                EngineFixtures.policies(new FakeProgram(answers), rules), SnapshotInput.of(withGaps), ObjectValue.EMPTY);
    }

    private static final String KEPT = "condition HttpOn could not be evaluated (parameter Http has no value); the resource is kept";

    @Test
    void aFindingOnAResourceThatMayNotExistIsAnUnknownQuotingItsGap() {
        var e = evaluateWithGaps(List.of(dev.rampart.snapshot.Gap.unresolved(LISTENER, null, KEPT, null)),
                Map.of("rampart/rules/lb_001/deny", set(finding(LISTENER, "HTTP listener forwards."))), LB_001);

        assertThat(e.findings()).isEmpty();
        assertThat(e.unknowns()).singleElement().satisfies(u -> {
            assertThat(u.ruleId()).isEqualTo("LB-001");
            assertThat(u.resourceId()).isEqualTo(LISTENER);
            assertThat(u.reason()).isEqualTo("the resource may not exist (" + KEPT + "); if it does: HTTP listener forwards");
            assertThat(u.location().line()).isEqualTo(1787);
        });
    }

    @Test
    void findingsOnOtherResourcesAndGapsOnAFieldOrAListingStayCertain() {
        var e = evaluateWithGaps(List.of(
                        dev.rampart.snapshot.Gap.unresolved(WEB, null, KEPT, null),
                        dev.rampart.snapshot.Gap.unresolved(LISTENER, "/port", "parameter Port has no value", null),
                        new dev.rampart.snapshot.Gap(dev.rampart.snapshot.Gap.Kind.COLLECTION, ORDERS, null,
                                "tags could not be collected: AccessDenied", null, "111111111111", "eu-west-1",
                                "ecs:ListTagsForResource", "AccessDenied")),
                Map.of("rampart/rules/lb_001/deny", set(finding(LISTENER, "HTTP listener forwards.")),
                        "rampart/rules/sc_001/deny", set(finding(ORDERS, "No TLS."))), LB_001, SC_001);

        assertThat(e.findings()).extracting(Finding::resourceId).containsExactly(LISTENER, ORDERS);
        assertThat(e.unknowns()).isEmpty();
    }

    @Test
    void evaluatedResourcesAreThoseOfTheRulesResourceKinds() {
        var e = evaluate(Map.of(), SC_001, LB_001);

        assertThat(e.evaluated().get("SC-001")).containsExactly(ORDERS, WEB);
        assertThat(e.evaluated().get("LB-001")).containsExactly(LISTENER);
    }

    @Test
    void aResourceKindTheSnapshotDoesNotHaveIsAnErrorNamingThePolicy() {
        RuleInfo typo = rule("NET-001", Severity.HIGH, "instance");

        assertThatThrownBy(() -> evaluate(Map.of(), typo)).isInstanceOf(PolicyException.class)
                .hasMessageContaining("policies/NET-001.rego").hasMessageContaining("'instance'");
    }

    @Test
    void aDenyElementWithoutMessageIsAnErrorNamingTheFile() {
        Value noMessage = Values.object(Values.string("resource"), Values.string(LISTENER));

        assertThatThrownBy(() -> evaluate(Map.of("rampart/rules/lb_001/deny", set(noMessage)), LB_001))
                .isInstanceOf(PolicyException.class)
                .hasMessage("policies/LB-001.rego: an element of deny in package rampart.rules.lb_001 (LB-001) has no"
                        + " \"message\" string: {\"resource\":\"RampartExample/PublicAlbHttpA2F180B8\"}");
    }

    @Test
    void aDenyElementWithoutResourceIsAnError() {
        assertThatThrownBy(() -> evaluate(Map.of("rampart/rules/lb_001/deny",
                set(Values.object(Values.string("message"), Values.string("m")))), LB_001))
                .isInstanceOf(PolicyException.class).hasMessageContaining("has no \"resource\" string");
    }

    @Test
    void denyThatIsNotACollectionIsAnError() {
        assertThatThrownBy(() -> evaluate(Map.of("rampart/rules/lb_001/deny", Values.bool(true)), LB_001))
                .isInstanceOf(PolicyException.class).hasMessageContaining("must be a set of objects, not a boolean");
    }

    @Test
    void anInvalidSeverityOverrideIsAnError() {
        ObjectValue f = finding(LISTENER, "m").with(Values.string("severity"), Values.string("urgent"));

        assertThatThrownBy(() -> evaluate(Map.of("rampart/rules/lb_001/deny", set(f)), LB_001))
                .isInstanceOf(PolicyException.class).hasMessageContaining("\"severity\"");
    }

    @Test
    void anEvaluationFailureNamesTheRule() {
        PolicyProgram failing = new PolicyProgram() {
            @Override
            public List<String> entrypoints() {
                return List.of();
            }

            @Override
            public Value evaluate(String entrypoint, Value input, Value data, EvalOptions options) {
                throw new PolicyEvaluationException(PolicyEvaluationException.Code.TIMEOUT, entrypoint, null,
                        "deadline exceeded", null);
            }
        };
        Policies policies = new Policies(List.of(new Policies.Loaded("t", failing,
                List.of(EngineFixtures.module(LB_001)), null)));

        assertThatThrownBy(() -> PolicyEngine.defaults().evaluate(policies, INPUT, ObjectValue.EMPTY))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("policies/LB-001.rego (LB-001): evaluation failed: deadline exceeded");
    }

    @Test
    void aBundlesOwnDataKeepsItsKeysUnderTheConfiguration() {
        FakeProgram program = new FakeProgram(Map.of());
        Value bundleData = Values.fromJson("{\"lists\": [1], \"rampart\": {\"other\": true}}");
        Policies policies = new Policies(List.of(new Policies.Loaded("bundle", program,
                List.of(EngineFixtures.module(LB_001)), bundleData)));

        new PolicyEngine(EvalOptions.DEFAULT, 1).evaluate(policies, INPUT, ObjectValue.EMPTY);

        assertThat(Values.toJson(program.data.get("rampart/rules/lb_001/deny")))
                .isEqualTo("{\"lists\":[1],\"rampart\":{\"config\":{},\"other\":true}}");
    }
}
