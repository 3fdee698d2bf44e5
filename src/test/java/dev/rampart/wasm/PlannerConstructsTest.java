package dev.rampart.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** One test per planner construct, each through the real compile → Wasm → Chicory path. */
class PlannerConstructsTest {

    @Test
    void partialObject() {
        assertThat(RegoRun.of("package p\nm[k] := v if { some k, v in input }\n").input("{\"a\":1,\"b\":2}")
                .query("data.p.m = x")).isEqualTo("[{\"x\":{\"a\":1,\"b\":2}}]");
    }

    @Test
    void partialObjectConflictIsAnError() {
        assertThatThrownBy(() -> RegoRun.of("package p\nm[k] := v if { some v in [1, 2]; k := \"a\" }\n").query("data.p.m = x"))
                .isInstanceOf(PolicyEvaluationException.class).hasMessageContaining("object keys must be unique");
    }

    @Test
    void completeRuleConflictIsAnError() {
        assertThatThrownBy(() -> RegoRun.of("package p\nx := 1\nx := 2\n").query("data.p.x = y"))
                .isInstanceOf(PolicyEvaluationException.class)
                .hasMessageContaining("rule data.p.x produced conflicting values")
                .satisfies(e -> assertThat(((PolicyEvaluationException) e).code())
                        .isEqualTo(PolicyEvaluationException.Code.CONFLICT));
    }

    @Test
    void refHeads() {
        assertThat(RegoRun.of("package p\na.b[x].c := 1 if { some x in [\"u\", \"v\"] }\na.d contains 3\n")
                .query("data.p.a = y")).isEqualTo("[{\"y\":{\"b\":{\"u\":{\"c\":1},\"v\":{\"c\":1}},\"d\":[3]}}]");
    }

    @Test
    void functionsWithSeveralDefinitionsAndDefault() {
        String m = "package p\nf(1) := \"one\"\nf(x) := \"big\" if x > 10\ndefault f(_) := \"other\"\n";
        assertThat(RegoRun.of(m).query("a := data.p.f(1); b := data.p.f(20); c := data.p.f(5)"))
                .isEqualTo("[{\"a\":\"one\",\"b\":\"big\",\"c\":\"other\"}]");
    }

    @Test
    void functionPatternsInArguments() {
        assertThat(RegoRun.of("package p\nsum2([a, b]) := a + b\n").query("x := data.p.sum2([3, 4])"))
                .isEqualTo("[{\"x\":7}]");
    }

    @Test
    void elseChain() {
        String m = "package p\nsize := \"small\" if input.n < 10\nelse := \"medium\" if input.n < 100\nelse := \"large\"\n";
        assertThat(RegoRun.of(m).input("{\"n\":50}").query("x := data.p.size")).isEqualTo("[{\"x\":\"medium\"}]");
        assertThat(RegoRun.of(m).input("{\"n\":500}").query("x := data.p.size")).isEqualTo("[{\"x\":\"large\"}]");
    }

    @Test
    void defaultRule() {
        assertThat(RegoRun.of("package p\ndefault allow := false\nallow if input.ok\n").input("{}")
                .query("x := data.p.allow")).isEqualTo("[{\"x\":false}]");
    }

    @Test
    void comprehensions() {
        String q = "a := [y | some x in [1, 2, 3]; y := x * 2]; s := {x | some x in [1, 1, 2]}; o := {k: v | some k, v in {\"a\": 1}}";
        assertThat(RegoRun.of("package p\n").query(q)).isEqualTo("[{\"a\":[2,4,6],\"o\":{\"a\":1},\"s\":[1,2]}]");
    }

    @Test
    void negation() {
        String m = "package p\nbad contains x if { some x in input; not ok(x) }\nok(x) if x > 1\n";
        assertThat(RegoRun.of(m).input("[1, 2, 3, 0]").query("x := data.p.bad")).isEqualTo("[{\"x\":[0,1]}]");
    }

    @Test
    void every() {
        String m = "package p\nall_positive if { every x in input { x > 0 } }\n";
        assertThat(RegoRun.of(m).input("[1, 2]").query("x := data.p.all_positive")).isEqualTo("[{\"x\":true}]");
        assertThat(RegoRun.of(m).input("[1, -2]").query("x := data.p.all_positive")).isEqualTo("[]");
        assertThat(RegoRun.of(m).input("[]").query("x := data.p.all_positive")).isEqualTo("[{\"x\":true}]");
    }

    @Test
    void negatedBodyHoldsWhenTheBodyHasNoSolution() {
        String m = """
                package p
                import rego.v2
                no_admin_with_port if {
                    port := input.port
                    not { some u in input.users; u.admin; u.port == port }
                }
                """;
        String admin = "{\"port\": 22, \"users\": [{\"admin\": false, \"port\": 22}, {\"admin\": true, \"port\": 22}]}";
        String other = "{\"port\": 80, \"users\": [{\"admin\": true, \"port\": 22}]}";
        assertThat(RegoRun.of(m).input(admin).query("x := data.p.no_admin_with_port")).isEqualTo("[]");
        assertThat(RegoRun.of(m).input(other).query("x := data.p.no_admin_with_port")).isEqualTo("[{\"x\":true}]");
    }

    @Test
    void negatedBodyUnderTheFutureKeywordImportTakesWith() {
        String m = "package p\nimport future.keywords.not\nq if not { input.a; input.b } with input.b as false\n";
        assertThat(RegoRun.of(m).input("{\"a\": true, \"b\": true}").query("x := data.p.q"))
                .isEqualTo("[{\"x\":true}]");
    }

    @Test
    void baseDataWhereARuleIsDefinedIsRefusedAsOpaDoes() {
        String m = "package test\nrule1 := 6\nother := 7\n";
        assertThatThrownBy(() -> RegoRun.of(m).data("{\"test\": {\"rule1\": 0}}").query("x := data.test.other"))
                .isInstanceOfSatisfying(PolicyEvaluationException.class, e -> {
                    assertThat(e.code()).isEqualTo(PolicyEvaluationException.Code.DATA_CONFLICT);
                    assertThat(e.getMessage()).startsWith("m0.rego:2:1: conflicting rule for data path test/rule1 found");
                });
        // a prefix holding something that is not an object leaves no room for the rule's document either
        assertThatThrownBy(() -> RegoRun.of(m).data("{\"test\": 5}").query("x := data.test.other"))
                .hasMessageContaining("conflicting rule for data path test/rule1 found");
        // beside the rules, base data merges into the package's document
        assertThat(RegoRun.of(m).data("{\"test\": {\"extra\": 1}}").query("x := data.test"))
                .isEqualTo("[{\"x\":{\"extra\":1,\"other\":7,\"rule1\":6}}]");
    }

    @Test
    void unificationWithPatterns() {
        assertThat(RegoRun.of("package p\n").query("[a, [b, 3]] = [1, [2, 3]]; {\"k\": c} = {\"k\": a}"))
                .isEqualTo("[{\"a\":1,\"b\":2,\"c\":1}]");
        assertThat(RegoRun.of("package p\n").query("[a, 1] = [2, a]")).isEqualTo("[]");
    }

    @Test
    void iterationBindsEveryVariable() {
        assertThat(RegoRun.of("package p\n").input("{\"a\":[1,2],\"b\":[3]}").query("input[k][i] = v"))
                .isEqualTo("[{\"i\":0,\"k\":\"a\",\"v\":1},{\"i\":1,\"k\":\"a\",\"v\":2},{\"i\":0,\"k\":\"b\",\"v\":3}]");
    }

    @Test
    void withInputAndData() {
        String m = "package p\nx := input.a + data.b\ny := v if { v := x with input.a as 10 with data.b as 5 }\n";
        assertThat(RegoRun.of(m).input("{\"a\":1}").data("{\"b\":2}").query("a := data.p.x; b := data.p.y"))
                .isEqualTo("[{\"a\":3,\"b\":15}]");
    }

    @Test
    void withReplacingRulesAndFunctions() {
        String m = "package p\nf(x) := x + 1\ng(x) := x * 10\nr := 1\nuse := [f(1), r]\n"
                + "a := v if { v := use with f as g }\nb := v if { v := use with f as 7 }\n"
                + "c := v if { v := use with r as 2 }\nd := v if { v := count([1]) with count as 9 }\n";
        assertThat(RegoRun.of(m).query("a := data.p.a; b := data.p.b; c := data.p.c; d := data.p.d; e := data.p.use"))
                .isEqualTo("[{\"a\":[10,1],\"b\":[7,1],\"c\":[2,2],\"d\":9,\"e\":[2,1]}]");
    }

    @Test
    void virtualAndBaseDocumentsMerge() {
        String m = "package a.b\nr := 1\n";
        assertThat(RegoRun.of(m).data("{\"a\":{\"b\":{\"base\":true},\"c\":2}}").query("x := data.a"))
                .isEqualTo("[{\"x\":{\"b\":{\"base\":true,\"r\":1},\"c\":2}}]");
    }

    @Test
    void iteratingOverAPackage() {
        String m = "package a\nx := 1\ny := 2\nf(z) := z\n";
        assertThat(RegoRun.of(m).query("data.a[k] = v")).isEqualTo("[{\"k\":\"x\",\"v\":1},{\"k\":\"y\",\"v\":2}]");
    }

    @Test
    void walkIsARelation() {
        assertThat(RegoRun.of("package p\n").query("xs := [p | walk({\"a\": 1}, [p, _])]"))
                .isEqualTo("[{\"xs\":[[],[\"a\"]]}]");
    }

    @Test
    void builtinErrorsAreUndefinedUnlessStrict() {
        assertThat(RegoRun.of("package p\n").query("x := 1 / 0")).isEqualTo("[]");
        assertThatThrownBy(() -> RegoRun.of("package p\n").strict().query("x := 1 / 0"))
                .isInstanceOf(PolicyEvaluationException.class).hasMessageContaining("divide by zero");
    }

    @Test
    void undefinedQueryAndDefinedQueryWithoutVariables() {
        assertThat(RegoRun.of("package p\n").query("1 = 2")).isEqualTo("[]");
        assertThat(RegoRun.of("package p\n").query("1 = 1")).isEqualTo("[{}]");
    }

    @Test
    void withValuesKnownOnlyAtRunTimeReachCalledRules() {
        String m = "package p\nf(x) := x\ng := f(1)\nh := v if { n := input.n; v := g with f as n }\n";
        assertThat(RegoRun.of(m).input("{\"n\": 42}").query("a := data.p.h; b := data.p.g"))
                .isEqualTo("[{\"a\":42,\"b\":1}]");
    }

    @Test
    void withReplacingARuleReachesTheRulesThatUseItThroughTheirPackage() {
        String p = "package p\nlimit := 1\nover contains x if { some x in input; x > limit }\n";
        String q = "package q\nview := data.p\nstrict := v if { v := view.over with data.p.limit as 0 }\n";
        assertThat(RegoRun.of(p, q).input("[0, 1, 2]").query("a := data.q.view.over; b := data.q.strict"))
                .isEqualTo("[{\"a\":[2],\"b\":[1,2]}]");
    }

    @Test
    void printWritesEveryCombinationAndUndefinedArguments() {
        var sink = new dev.rampart.wasm.builtins.CollectingPrintSink();
        var cr = dev.rampart.rego.RegoCompiler.compile(java.util.List.of(new dev.rampart.rego.RegoSource("m.rego",
                "package p\nr if { print(\"n:\", input.missing, [1]) }\n")), dev.rampart.rego.CompileOptions.DEFAULT);
        RampartProgram prog = RegoWasm.compile(cr.policy(), java.util.List.of(Entrypoint.Document.of("data.p.r")));
        assertThat(prog.evaluate("p/r", dev.rampart.wasm.value.Values.object(), dev.rampart.wasm.value.Values.object(),
                EvalOptions.DEFAULT.withPrintSink(sink))).isEqualTo(dev.rampart.wasm.value.Values.bool(true));
        assertThat(sink.lines()).containsExactly("n: <undefined> [1]");
    }

    @Test
    void theWholeDataDocumentMergesRulesWithBaseData() {
        assertThat(RegoRun.of("package a\nx := 1\n").data("{\"b\": 2}").query("d := data"))
                .isEqualTo("[{\"d\":{\"a\":{\"x\":1},\"b\":2}}]");
    }

    @Test
    void aTruthyTestOnFalseFails() {
        assertThat(RegoRun.of("package p\nf := false\n").query("data.p.f")).isEqualTo("[]");
        assertThat(RegoRun.of("package p\nf := false\n").query("not data.p.f")).isEqualTo("[{}]");
    }
}
