package dev.rampart.rego.conformance;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Judges a regorus case as regorus' runner does: each evaluation (one per input) contributes its results to
 * one list, compared element by element with {@code want_result} ({@code many!} lists several). One solution
 * gives its variable bindings, or, when the query has no variables, the value of each expression; several
 * solutions give one element each (bindings, or the array of expression values); none gives nothing.
 * {@code error} only requires a failure (the text is regorus' own wording); {@code no_result} requires that
 * nothing is produced; {@code want_prints} compares the printed lines (without their {@code rego_N:LINE:}
 * location prefix, which regorus adds and OPA does not).
 */
final class RegorusVerdicts {

    /** A print line's location, {@code rego_0:6: } (regorus) or {@code rego_0:6:5: }. */
    private static final Pattern LOCATION = Pattern.compile("^rego_\\d+:\\d+:(\\d+:)? ");

    private RegorusVerdicts() {}

    static Verdict judge(CorpusCase.Regorus c, Actual actual) {
        String expected = expected(c);
        String got = OpaVerdicts.describe(actual);
        if (c.error() != null) {
            return switch (actual) {
                case Actual.CompileError ce -> Verdict.pass(got, expected);
                case Actual.EvalError ee -> Verdict.pass(got, expected);
                case Actual.Crash cr -> Verdict.fail(OpaVerdicts.failureCause(actual, ""), got, got, expected);
                case Actual.Results r -> Verdict.fail("missing error", "want an error (regorus: \"" + c.error()
                        + "\"), got " + Values.toJson(ArrayValue.of(results(r))), got, expected);
            };
        }
        if (!(actual instanceof Actual.Results r)) {
            return Verdict.fail(OpaVerdicts.failureCause(actual, ""), got, got, expected);
        }
        List<Value> have = results(r);
        String haveText = text(have);
        if (c.wantResults() == null) {
            if (!c.noResult()) {
                return Verdict.fail("malformed case", "no want_result, no_result or error", got, expected);
            }
            if (!have.isEmpty()) {
                return Verdict.fail("defined, want undefined", "want no result, got " + haveText, got, expected);
            }
        } else if (!matches(c.wantResults(), have)) {
            String cause = have.isEmpty() ? "undefined, want result" : "wrong result";
            return Verdict.fail(cause, "want " + text(c.wantResults()) + " got " + haveText, got, expected);
        }
        if (c.wantPrints() != null) {
            // Where a line was printed from is presentation (OPA's own print hook leaves it out); the lines, their
            // number and their order are what is compared.
            List<String> want = c.wantPrints().stream().map(p -> LOCATION.matcher(p).replaceFirst("")).toList();
            List<String> prints = r.prints().stream().map(p -> LOCATION.matcher(p).replaceFirst("")).toList();
            if (!prints.equals(want)) {
                return Verdict.fail("prints differ", "want " + c.wantPrints() + " got " + r.prints(), got, expected);
            }
        }
        return Verdict.pass(got, expected);
    }

    /** The results of every evaluation, in order, shaped as regorus' runner shapes them. */
    static List<Value> results(Actual.Results r) {
        List<Value> out = new ArrayList<>();
        for (ArrayValue rows : r.perInput()) {
            if (rows.size() == 1) {
                ObjectValue row = (ObjectValue) rows.get(0);
                ObjectValue bindings = bindings(row, r.captureVars());
                if (!bindings.isEmpty() || r.captureVars() == null) {
                    out.add(bindings);
                } else {
                    out.addAll(expressionValues(row, r.captureVars()));
                }
            } else {
                for (Value v : rows.asList()) {
                    ObjectValue row = (ObjectValue) v;
                    ObjectValue bindings = bindings(row, r.captureVars());
                    out.add(!bindings.isEmpty() || r.captureVars() == null ? bindings
                            : ArrayValue.of(expressionValues(row, r.captureVars())));
                }
            }
        }
        return out;
    }

    private static ObjectValue bindings(ObjectValue row, List<String> captureVars) {
        if (captureVars == null) {
            return row;
        }
        ObjectValue out = row;
        for (String v : captureVars) {
            if (v != null) {
                out = out.without(StringValue.of(v));
            }
        }
        return out;
    }

    private static List<Value> expressionValues(ObjectValue row, List<String> captureVars) {
        List<Value> out = new ArrayList<>();
        for (String v : captureVars) {
            out.add(v == null ? BooleanValue.TRUE : row.get(v));
        }
        return out;
    }

    private static boolean matches(List<Value> want, List<Value> have) {
        if (want.size() != have.size()) {
            return false;
        }
        for (int i = 0; i < want.size(); i++) {
            if (!want.get(i).equals(have.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String text(List<Value> values) {
        return values.stream().map(v -> v == CorpusLoader.UNDEFINED ? "#undefined" : Values.toRego(v)).toList()
                .toString();
    }

    private static String expected(CorpusCase.Regorus c) {
        if (c.error() != null) {
            return "an error (regorus: \"" + c.error() + "\")";
        }
        String s = c.wantResults() == null ? "no result" : "results " + text(c.wantResults());
        return s + (c.wantPrints() == null ? "" : " prints " + c.wantPrints());
    }
}
