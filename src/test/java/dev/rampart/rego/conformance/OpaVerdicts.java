package dev.rampart.rego.conformance;

import dev.rampart.rego.Location;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges an OPA case as OPA's own runner does ({@code v1/topdown}'s {@code testRun}): the expected error is
 * checked first ({@code want_error_code} equal to the error's code, {@code want_error} a substring of OPA's
 * error text {@code file:line: code: message}); otherwise the result rows, converted to JSON (sets become
 * arrays, non-string keys strings), are compared with {@code want_result} as a set of rows, with each array
 * binding sorted first when {@code sort_bindings} is set (OPA sorts only the actual side).
 */
final class OpaVerdicts {

    private OpaVerdicts() {}

    static Verdict judge(CorpusCase.Opa c, Actual actual) {
        String expected = expected(c);
        String got = describe(actual);
        if (c.wantErrorCode() != null || c.wantError() != null) {
            if (!(actual instanceof Actual.EvalError ee)) {
                return Verdict.fail(failureCause(actual, "missing error"), got, got, expected);
            }
            PolicyEvaluationException e = ee.error();
            if (c.wantErrorCode() != null && !c.wantErrorCode().equals(e.code().opaName())) {
                return Verdict.fail("wrong error code", "want " + c.wantErrorCode() + ", got " + opaText(e), got,
                        expected);
            }
            if (c.wantError() != null && !opaText(e).contains(c.wantError())
                    && !String.valueOf(e.getMessage()).contains(c.wantError())) {
                return Verdict.fail("wrong error text", "want \"" + c.wantError() + "\" in \"" + opaText(e) + "\"",
                        got, expected);
            }
            return Verdict.pass(got, expected);
        }
        if (c.wantResult() == null) {
            return Verdict.fail("malformed case", "no want_result, want_error or want_error_code", got, expected);
        }
        if (!(actual instanceof Actual.Results r)) {
            return Verdict.fail(failureCause(actual, "unexpected error"), got, got, expected);
        }
        SetValue want = wantRows(c);
        SetValue have = gotRows(r.perInput().get(0), c.sortBindings());
        if (!want.equals(have)) {
            String cause = want.isEmpty() ? "defined, want undefined" : have.isEmpty() ? "undefined, want result"
                    : "wrong result";
            return Verdict.fail(cause, "want " + Values.toJson(want) + " got " + Values.toJson(have), got, expected);
        }
        return Verdict.pass(got, expected);
    }

    /** The expected rows as JSON values, as OPA builds its expected set. */
    static SetValue wantRows(CorpusCase.Opa c) {
        SetValue.Builder b = SetValue.builder(c.wantResult().size());
        c.wantResult().forEach(row -> b.add(json(row)));
        return b.build();
    }

    /** The actual rows as OPA's runner sees them: JSON values, array bindings sorted when asked. */
    static SetValue gotRows(ArrayValue rows, boolean sortBindings) {
        SetValue.Builder b = SetValue.builder(rows.size());
        for (Value row : rows.asList()) {
            ObjectValue o = (ObjectValue) row;
            ObjectValue.Builder ob = ObjectValue.builder(o.size());
            o.forEach((k, v) -> {
                Value j = json(v);
                if (sortBindings && j instanceof ArrayValue a) {
                    List<Value> sorted = new ArrayList<>(a.asList());
                    sorted.sort(null);
                    j = ArrayValue.of(sorted);
                }
                ob.put(k, j);
            });
            b.add(ob.build());
        }
        return b.build();
    }

    /** {@code v} through JSON and back: sets become sorted arrays, object keys strings. */
    static Value json(Value v) {
        return Values.fromJson(Values.toJson(v));
    }

    /**
     * The error as OPA prints a topdown error: {@code file:line: code: message} ({@code code: message} without
     * a location). Rampart's exception message carries {@code file:line:col: } in front and {@code (evaluating
     * …)} behind; both are taken off to get the message alone.
     */
    static String opaText(PolicyEvaluationException e) {
        String m = String.valueOf(e.getMessage());
        Location loc = e.location();
        boolean located = loc != null && loc != Location.NONE;
        if (located && m.startsWith(loc + ": ")) {
            m = m.substring(loc.toString().length() + 2);
        }
        String suffix = " (evaluating " + e.entrypoint() + ")";
        if (m.endsWith(suffix)) {
            m = m.substring(0, m.length() - suffix.length());
        }
        String where = located ? loc.file() + ":" + loc.line() + ": " : "";
        return where + e.code().opaName() + ": " + m;
    }

    static String failureCause(Actual actual, String whenResults) {
        return switch (actual) {
            case Actual.CompileError ce -> "compile error";
            case Actual.Crash cr -> cr.stage().equals("planner") ? "planner" : cr.stage() + " crash";
            case Actual.EvalError ee -> "unexpected error";
            case Actual.Results r -> whenResults;
        };
    }

    static String describe(Actual actual) {
        return switch (actual) {
            case Actual.CompileError ce -> "compile errors: " + String.join(" | ", ce.errors());
            case Actual.Crash cr -> CaseRunner.describe(cr);
            case Actual.EvalError ee -> "error " + opaText(ee.error());
            case Actual.Results r -> "results " + r.perInput().stream().map(Values::toRego).toList()
                    + (r.prints().isEmpty() ? "" : " prints " + r.prints());
        };
    }

    private static String expected(CorpusCase.Opa c) {
        if (c.wantErrorCode() != null || c.wantError() != null) {
            return "error " + (c.wantErrorCode() == null ? "" : c.wantErrorCode() + " ")
                    + (c.wantError() == null ? "" : "\"" + c.wantError() + "\"");
        }
        return c.wantResult() == null ? "(nothing)" : "rows " + Values.toJson(wantRows(c))
                + (c.sortBindings() ? " (sorted bindings)" : "");
    }
}
