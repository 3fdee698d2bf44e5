package dev.rampart.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Every;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Terms;
import dev.rampart.rego.ast.Var;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled form gives the planner full paths, rule kinds, rewritten locals and safety-ordered bodies. */
class CompiledPolicyTest {

    private static CompiledPolicy compile(String... modules) {
        return compile(CompileOptions.DEFAULT, modules);
    }

    private static CompiledPolicy compile(CompileOptions options, String... modules) {
        List<RegoSource> srcs = new java.util.ArrayList<>();
        for (int i = 0; i < modules.length; i++) {
            srcs.add(new RegoSource("m" + i + ".rego", modules[i]));
        }
        CompileResult r = RegoCompiler.compile(srcs, options);
        assertThat(r.errors()).isEmpty();
        return r.policy();
    }

    private static CompiledRule only(CompiledPolicy p, String path) {
        RuleSet rs = p.ruleSet(path);
        assertThat(rs).as(path).isNotNull();
        return rs.rules().get(0);
    }

    private static String body(CompiledRule r) {
        return Terms.print(r.body());
    }

    /** The body with generated names replaced by the names the user wrote, for readable assertions. */
    private static String readable(CompiledPolicy p, CompiledRule r) {
        String s = body(r);
        for (var e : p.rewrittenVars().entrySet()) {
            s = s.replace(e.getKey(), e.getValue());
        }
        return s;
    }

    @Test
    void ruleKindsAndPaths() {
        CompiledPolicy p = compile("""
                package a.b
                c := 1
                s contains x if { some x in [1, 2] }
                o[k] := 1 if { some k in ["x"] }
                f(x) := x
                r.s[t].u := 1 if { t := "v" }
                t.u contains 1
                v[x] contains 2 if { some x in ["w"] }
                """);
        assertThat(p.ruleSets()).extracting(rs -> rs.path() + " " + rs.kind()).containsExactly(
                "data.a.b.c COMPLETE", "data.a.b.s PARTIAL_SET", "data.a.b.o PARTIAL_OBJECT",
                "data.a.b.f FUNCTION", "data.a.b.r.s REF_HEAD", "data.a.b.t.u PARTIAL_SET", "data.a.b.v REF_HEAD");
        assertThat(only(p, "data.a.b.r.s").ref().toString()).startsWith("data.a.b.r.s[__local");
    }

    @Test
    void rulesOfAPackageAreVisibleByNameInEachOfItsFiles() {
        CompiledPolicy p = compile("package app\nallow if input.user == \"alice\"\n",
                "package app\ntest_alice if allow with input as {\"user\": \"alice\"}\n",
                "package other\nallow := false\n");
        assertThat(body(only(p, "data.app.test_alice"))).isEqualTo("data.app.allow with input as {\"user\": \"alice\"}");
        // an import in the file still wins over a rule of the package defined elsewhere, as in OPA
        CompiledPolicy q = compile("package app\nallow := true\n",
                "package app\nimport data.other.allow\nsame if allow\n", "package other\nallow := false\n");
        assertThat(body(only(q, "data.app.same"))).isEqualTo("data.other.allow");
    }

    @Test
    void importsAndRuleNamesResolveToFullRefs() {
        CompiledPolicy p = compile("""
                package app
                import data.lib.helpers as h
                import input.request
                allow if { h.ok(request.user); admin }
                admin if { request.user == "root" }
                """, "package lib.helpers\nok(u) := u != \"\"");
        assertThat(body(only(p, "data.app.allow")))
                .isEqualTo("data.lib.helpers.ok(input.request.user); data.app.admin");
    }

    @Test
    void localsAreRenamedAndMappedBack() {
        CompiledPolicy p = compile("package p\nq := y if {\n  x := 1\n  y := x + 1\n}");
        CompiledRule q = only(p, "data.p.q");
        assertThat(body(q)).matches("__local\\d+__ = 1; __local\\d+__ = \\(__local\\d+__ \\+ 1\\)");
        assertThat(q.value()).isInstanceOf(Var.class);
        assertThat(p.rewrittenVars().get(((Var) q.value()).name())).isEqualTo("y");
        assertThat(readable(p, q)).isEqualTo("x = 1; y = (x + 1)");
    }

    @Test
    void someInBecomesAnIterationOverARef() {
        CompiledPolicy p = compile("package p\nq if {\n  some k, v in input.m\n  v > k\n}");
        CompiledRule q = only(p, "data.p.q");
        assertThat(readable(p, q)).isEqualTo("v = input.m[k]; v > k");
        assertThat(((CallExpr) q.body().get(0).form()).name()).isEqualTo("eq");
    }

    @Test
    void someDeclarationsDisappear() {
        CompiledPolicy p = compile("package p\nq if {\n  some i\n  input.xs[i] > 1\n}");
        assertThat(readable(p, only(p, "data.p.q"))).isEqualTo("input.xs[i] > 1");
    }

    @Test
    void everyKeepsItsBodyWithRenamedVariables() {
        CompiledPolicy p = compile("package p\nq if {\n  every x in input.xs { x > 0 }\n}");
        Expr e = only(p, "data.p.q").body().get(0);
        Every every = (Every) e.form();
        assertThat(p.rewrittenVars().get(every.value().name())).isEqualTo("x");
        assertThat(every.key().isGenerated()).isTrue();
        assertThat(Terms.print(every.domain())).isEqualTo("input.xs");
    }

    @Test
    void bodiesAreReorderedSoBindingsComeFirst() {
        CompiledPolicy p = compile("package p\nq if {\n  y > 1\n  y = input.a[x]\n  x = \"k\"\n}");
        // y > 1 waits for y; iterating input.a binds x and y, so x = "k" becomes a test that stays in place.
        assertThat(body(only(p, "data.p.q"))).isEqualTo("y = input.a[x]; x = \"k\"; y > 1");
    }

    @Test
    void nestedCallsStayTerms() {
        CompiledPolicy p = compile("package p\nq := n if {\n  n := count(split(input.s, \",\")) + 1\n}");
        assertThat(readable(p, only(p, "data.p.q"))).isEqualTo("n = (count(split(input.s, \",\")) + 1)");
    }

    @Test
    void headValuesThatNeedEvaluationMoveIntoTheBody() {
        CompiledPolicy p = compile("package p\nq := [x | some x in input.xs]");
        CompiledRule q = only(p, "data.p.q");
        assertThat(q.value()).isInstanceOf(Var.class);
        assertThat(body(q)).startsWith("true; " + q.value() + " = [");
    }

    @Test
    void elseChainsAndDefaults() {
        CompiledPolicy p = compile("package p\ndefault q := 0\nq := 1 if { input.a } else := 2 if { input.b }");
        RuleSet rs = p.ruleSet("data.p.q");
        assertThat(rs.defaultRule().value().toString()).isEqualTo("0");
        assertThat(rs.rules()).hasSize(1);
        CompiledRule q = rs.rules().get(0);
        assertThat(q.elseRule().value().toString()).isEqualTo("2");
        assertThat(body(q.elseRule())).isEqualTo("input.b");
    }

    @Test
    void rulesOfOnePathFromSeveralModulesFormOneSet() {
        CompiledPolicy p = compile("package p\ns contains 1", "package p\ns contains 2");
        assertThat(p.ruleSet("data.p.s").rules()).extracting(CompiledRule::module).containsExactly("m0.rego", "m1.rego");
    }

    @Test
    void functionArgumentsAreRenamedConsistently() {
        CompiledPolicy p = compile("package p\nf(x, [y, _]) := x + y");
        CompiledRule f = only(p, "data.p.f");
        assertThat(Terms.print(f.args().get(0))).matches("__local\\d+__");
        assertThat(readable(p, f)).endsWith("= (x + y)");
    }

    @Test
    void withValuesThatNeedEvaluationAreBoundFirst() {
        CompiledPolicy p = compile("package p\nr := input.x\nq if { r with input as {\"x\": input.y} }");
        CompiledRule q = only(p, "data.p.q");
        assertThat(q.body()).hasSize(2);
        assertThat(q.body().get(0).generated()).isTrue();
        assertThat(Terms.print(q.body().get(1))).matches("data\\.p\\.r with input as __local\\d+__");
    }

    @Test
    void printCallsAreErasedWhenPrintIsDisabled() {
        CompiledPolicy off = compile(CompileOptions.DEFAULT.withEnablePrint(false), "package p\nq if { print(\"hi\"); true }");
        assertThat(body(only(off, "data.p.q"))).isEqualTo("true");
        CompiledPolicy on = compile("package p\nq if { print(\"hi\"); true }");
        assertThat(body(only(on, "data.p.q"))).isEqualTo("print(\"hi\"); true");
    }

    @Test
    void v0ModulesCompileToTheSameForm() {
        CompiledPolicy p = compile(CompileOptions.DEFAULT.withV0Compatible(true),
                "package p\ns[x] { x := input.xs[_] }\no[k] = v { v := input.m[k] }");
        assertThat(p.ruleSets()).extracting(rs -> rs.path() + " " + rs.kind())
                .containsExactly("data.p.s PARTIAL_SET", "data.p.o PARTIAL_OBJECT");
    }
}
