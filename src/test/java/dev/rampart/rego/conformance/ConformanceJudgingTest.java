package dev.rampart.rego.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.ConformanceCorpus;
import dev.rampart.rego.Location;
import dev.rampart.rego.QueryResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The runner's case loading and judging, on hand-made cases and outcomes (no backend needed). */
class ConformanceJudgingTest {

    private static Value json(String s) {
        return Values.fromJson(s);
    }

    private static ObjectValue row(String s) {
        return (ObjectValue) json(s);
    }

    private static Actual.Results results(String... perInput) {
        return new Actual.Results(Arrays.stream(perInput).map(s -> (ArrayValue) json(s)).toList(), List.of(), null);
    }

    private static CorpusCase.Opa opa(List<ObjectValue> want, boolean sort, String code, String error) {
        return new CorpusCase.Opa("opa/x/t.yaml", "n", List.of(), ObjectValue.EMPTY, null, "data.p = x", want, sort,
                code, error, false);
    }

    private static CorpusCase.Regorus regorus(List<Value> want, boolean noResult, String error, List<String> prints) {
        return new CorpusCase.Regorus("regorus/x.yaml", "n", List.of(), ObjectValue.EMPTY, List.of(), "data.test",
                want, noResult, error, true, true, false, prints);
    }

    private static Actual.EvalError error(PolicyEvaluationException.Code code, String message) {
        return new Actual.EvalError(new PolicyEvaluationException(code, "conformance",
                new Location("test-0.rego", 4, 7), message, null));
    }

    // --- loading ---

    @Test
    void theWholeCorpusLoadsWithEveryCaseOfEveryFile() {
        Path root = ConformanceCorpus.locate().orElse(null);
        assumeTrue(root != null, "../shared/conformance is not available");
        Map<String, Long> perCorpus = CorpusLoader.load(root).stream()
                .collect(Collectors.groupingBy(CorpusCase::corpus, Collectors.counting()));
        assertThat(perCorpus).containsEntry("regorus", 600L).containsEntry("opa", 277L);
    }

    @Test
    void regorusEncodingsDecodeToSetsObjectsWithAnyKeysAndUndefined() {
        Value v = CorpusLoader.decodeRegorus(Values.fromYaml("""
                a: {set!: [1, {set!: [2]}]}
                b: {object!: [{key: 1, value: x}, {key: [1], value: {set!: []}}]}
                c: "#undefined"
                """));
        ObjectValue o = (ObjectValue) v;
        assertThat(o.get("a")).isEqualTo(Values.set(Values.number(1), Values.set(Values.number(2))));
        assertThat(o.get("b")).isEqualTo(Values.object(Values.number(1), Values.string("x"),
                Values.array(Values.number(1)), Values.set()));
        assertThat(o.get("c")).isSameAs(CorpusLoader.UNDEFINED);
    }

    @Test
    void regorusFilesAreYaml12WhereYIsAStringAndNumbersKeepTheirDigits() {
        Value v = Yaml12.read("y: 5.1000000000000005\nyes: on\nn: ~\nh: 0x1F\n", "t.yaml");
        assertThat(v).isEqualTo(Values.object(Values.string("y"), Values.fromJson("5.1000000000000005"),
                Values.string("yes"), Values.string("on"), Values.string("n"), dev.rampart.wasm.value.NullValue.INSTANCE,
                Values.string("h"), Values.number(31)));
    }

    @Test
    void manyInputsAndManyResultsAreLists() {
        CorpusCase.Regorus c = CorpusLoader.regorus("regorus/input/multiple.yaml", row("""
                {"note": "n", "query": "data.test", "modules": [],
                 "input": {"many!": [{"x": 1}, {"x": 5}]}, "want_result": {"many!": [1, 2]}}"""));
        assertThat(c.inputs()).containsExactly(json("{\"x\": 1}"), json("{\"x\": 5}"));
        assertThat(c.wantResults()).containsExactly(json("1"), json("2"));
        assertThat(c.strict()).as("regorus' default").isTrue();
        assertThat(c.v0()).isTrue();
    }

    @Test
    void anInputTermIsParsedAsRego() {
        CorpusCase.Opa c = CorpusLoader.opa("opa/x.yaml", row("""
                {"note": "n", "query": "data.p = x", "modules": [], "input_term": "{\\"foo\\": {{1}}}",
                 "want_result": []}"""));
        assertThat(c.input()).isEqualTo(Values.object(Values.string("foo"), Values.set(Values.set(Values.number(1)))));
    }

    // --- OPA judging ---

    @Test
    void opaRowsCompareAsASet() {
        var c = opa(List.of(row("{\"x\": 1}"), row("{\"x\": 2}")), false, null, null);
        assertThat(OpaVerdicts.judge(c, results("[{\"x\": 2}, {\"x\": 1}]")).pass()).isTrue();
        assertThat(OpaVerdicts.judge(c, results("[{\"x\": 1}]")).cause()).isEqualTo("wrong result");
    }

    @Test
    void opaArraysKeepTheirOrderUnlessSortBindings() {
        var want = List.of(row("{\"x\": [1, 2, 3]}"));
        assertThat(OpaVerdicts.judge(opa(want, false, null, null), results("[{\"x\": [3, 1, 2]}]")).pass()).isFalse();
        assertThat(OpaVerdicts.judge(opa(want, true, null, null), results("[{\"x\": [3, 1, 2]}]")).pass()).isTrue();
    }

    @Test
    void opaSetsComeOutAsSortedArraysAndNonStringKeysAsStrings() {
        var c = opa(List.of(row("{\"x\": [1, \"a\"], \"y\": {\"1\": true}}")), false, null, null);
        Actual a = new Actual.Results(List.of(ArrayValue.of(Values.object(
                Values.string("x"), Values.set(Values.string("a"), Values.number(1)),
                Values.string("y"), Values.object(Values.number(1), Values.bool(true))))), List.of(), null);
        assertThat(OpaVerdicts.judge(c, a).pass()).isTrue();
    }

    @Test
    void opaEmptyWantResultMeansUndefined() {
        var c = opa(List.of(), false, null, null);
        assertThat(OpaVerdicts.judge(c, results("[]")).pass()).isTrue();
        assertThat(OpaVerdicts.judge(c, results("[{\"x\": 1}]")).cause()).isEqualTo("defined, want undefined");
    }

    @Test
    void opaErrorCodeAndTextAreCheckedAsOpaPrintsThem() {
        var c = opa(null, false, "eval_type_error",
                "test-0.rego:4: eval_type_error: count: operand 1 must be one of {array, object, set, string}");
        Actual a = error(PolicyEvaluationException.Code.TYPE,
                "count: operand 1 must be one of {array, object, set, string} but got null");
        assertThat(OpaVerdicts.judge(c, a).pass()).isTrue();
        assertThat(OpaVerdicts.judge(c, error(PolicyEvaluationException.Code.BUILTIN, "x")).cause())
                .isEqualTo("wrong error code");
        assertThat(OpaVerdicts.judge(opa(null, false, null, "divide by zero"),
                error(PolicyEvaluationException.Code.BUILTIN, "div: overflow")).cause()).isEqualTo("wrong error text");
    }

    @Test
    void opaExpectedErrorIsCheckedBeforeAnyWantResult() {
        var c = opa(List.of(row("{\"x\": 1}")), false, "eval_conflict_error", null);
        assertThat(OpaVerdicts.judge(c, results("[{\"x\": 1}]")).cause()).isEqualTo("missing error");
        assertThat(OpaVerdicts.judge(c, error(PolicyEvaluationException.Code.CONFLICT, "conflict")).pass()).isTrue();
    }

    @Test
    void aCrashNeverPassesEvenWhenAnErrorIsExpected() {
        var c = opa(null, false, null, "");
        Actual crash = new Actual.Crash("planner", new dev.rampart.RampartException("cannot plan every"));
        assertThat(OpaVerdicts.judge(c, crash).cause()).isEqualTo("planner");
        assertThat(RegorusVerdicts.judge(regorus(null, false, "boom", null), crash).pass()).isFalse();
    }

    // --- regorus judging ---

    @Test
    void regorusOneSolutionGivesItsBindings() {
        var c = regorus(List.of(json("{\"x\": 1}")), false, null, null);
        assertThat(RegorusVerdicts.judge(c, results("[{\"x\": 1}]")).pass()).isTrue();
    }

    @Test
    void regorusAQueryWithoutVariablesGivesTheExpressionValue() {
        var c = regorus(List.of(json("false")), false, null, null);
        Actual a = new Actual.Results(List.of((ArrayValue) json("[{\"__cap0__\": false}]")), List.of(),
                java.util.Collections.singletonList("__cap0__"));
        assertThat(RegorusVerdicts.judge(c, a).pass()).isTrue();
    }

    @Test
    void regorusSeveralSolutionsGiveOneResultEach() {
        var c = regorus(List.of(json("{\"x\": 1}"), json("{\"x\": 2}")), false, null, null);
        assertThat(RegorusVerdicts.judge(c, results("[{\"x\": 1}, {\"x\": 2}]")).pass()).isTrue();
        assertThat(RegorusVerdicts.judge(c, results("[{\"x\": 1}]")).pass()).isFalse();
    }

    @Test
    void regorusEachInputContributesItsResults() {
        var c = regorus(List.of(json("{\"x\": 1}"), json("{\"x\": 2}")), false, null, null);
        assertThat(RegorusVerdicts.judge(c, results("[{\"x\": 1}]", "[{\"x\": 2}]")).pass()).isTrue();
    }

    @Test
    void regorusSetsCompareAsSets() {
        var c = regorus(List.of(CorpusLoader.decodeRegorus(Values.fromYaml("x: {set!: [2, 1]}"))), false, null, null);
        Actual a = new Actual.Results(List.of(ArrayValue.of(Values.object(Values.string("x"),
                Values.set(Values.number(1), Values.number(2))))), List.of(), null);
        assertThat(RegorusVerdicts.judge(c, a).pass()).isTrue();
        assertThat(RegorusVerdicts.judge(c, results("[{\"x\": [1, 2]}]")).pass()).as("an array is not a set").isFalse();
    }

    @Test
    void regorusNoResultRequiresNothing() {
        var c = regorus(null, true, null, null);
        assertThat(RegorusVerdicts.judge(c, results("[]")).pass()).isTrue();
        assertThat(RegorusVerdicts.judge(c, results("[{\"x\": 1}]")).cause()).isEqualTo("defined, want undefined");
    }

    @Test
    void regorusErrorIsAnyCompileOrEvaluationError() {
        var c = regorus(null, false, "regorus wording", null);
        assertThat(RegorusVerdicts.judge(c, new Actual.CompileError(List.of("x"))).pass()).isTrue();
        assertThat(RegorusVerdicts.judge(c, error(PolicyEvaluationException.Code.BUILTIN, "other wording")).pass()).isTrue();
        assertThat(RegorusVerdicts.judge(c, results("[{\"x\": 1}]")).cause()).isEqualTo("missing error");
    }

    @Test
    void regorusPrintsCompareWithoutTheirLocation() {
        var c = regorus(List.of(json("true")), false, null, List.of("rego_0:6: null", "rego_0:7: done"));
        Function<List<String>, Actual> printed = lines -> new Actual.Results(
                List.of((ArrayValue) json("[{\"__cap0__\": true}]")), lines, java.util.Collections.singletonList("__cap0__"));
        assertThat(RegorusVerdicts.judge(c, printed.apply(List.of("rego_0:6:5: null", "rego_0:7: done"))).pass()).isTrue();
        assertThat(RegorusVerdicts.judge(c, printed.apply(List.of("null", "done"))).pass()).isTrue();
        assertThat(RegorusVerdicts.judge(c, printed.apply(List.of("null", "done", "done"))).cause())
                .isEqualTo("prints differ");
    }

    // --- the query rewrite and the exclusions file ---

    @Test
    void queriesWithoutVariablesAreRewrittenToCaptureEachExpression() {
        assertThat(RegorusQuery.capture("data.test")).isEqualTo(
                new RegorusQuery("__cap0__ = (data.test)", List.of("__cap0__")));
        assertThat(RegorusQuery.capture("1 = 2").text()).isEqualTo("1 = 2");
        RegorusQuery two = RegorusQuery.capture("1 == 1; 1 == 2");
        assertThat(two.text()).isEqualTo("__cap0__ = (1 == 1); __cap1__ = (1 == 2); __cap0__; __cap1__");
        assertThat(RegorusQuery.splitTopLevel("x == \"a;b\"; y[{1; 2}]")).containsExactly("x == \"a;b\"", " y[{1; 2}]");
    }

    @Test
    void theRewrittenQueryCompilesAndReportsTheCaptureVariable() {
        var policy = RegoCompiler.compile(List.of(new RegoSource("rego_0", "package test\nx := 1\n")),
                CompileOptions.DEFAULT).policy();
        QueryResult q = RegoCompiler.compileQuery(RegorusQuery.capture("data.test.x == {\"a\", \"c\"}").text(), policy,
                CompileOptions.DEFAULT);
        assertThat(q.errors()).isEmpty();
        assertThat(q.query().vars()).extracting(v -> v.name()).containsExactly("__cap0__");
    }

    @Test
    void exclusionsNeedAnAllowedReason() {
        assertThat(Exclusions.parse("opa/a.yaml#n — crypto/JWT: io.jwt.decode\n").reasons())
                .containsEntry("opa/a.yaml#n", "crypto/JWT: io.jwt.decode");
        assertThatThrownBy(() -> Exclusions.parse("opa/a.yaml#n — too hard\n"))
                .hasMessageContaining("reason must start with one of");
        assertThatThrownBy(() -> Exclusions.parse("opa/a.yaml n\n")).hasMessageContaining("not 'corpus/file.yaml#note");
    }

    @Test
    void theCheckedInExclusionsAreValidAndNameRealCases() {
        Exclusions e = Exclusions.load();
        Path root = ConformanceCorpus.locate().orElse(null);
        assumeTrue(root != null, "../shared/conformance is not available");
        assertThat(e.unmatched(CorpusLoader.load(root))).isEmpty();
    }

    @Test
    void aSelectionNamesAFilePrefixAndOptionallyANote() {
        var c = opa(List.of(), false, null, null);
        assertThat(WasmConformanceTest.selected(c, "opa/x")).isTrue();
        assertThat(WasmConformanceTest.selected(c, "opa/x/t.yaml#n")).isTrue();
        assertThat(WasmConformanceTest.selected(c, "opa/x#other,regorus")).isFalse();
    }
}
