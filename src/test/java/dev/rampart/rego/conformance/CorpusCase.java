package dev.rampart.rego.conformance;

import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import java.util.List;

/**
 * One case of the shared conformance corpus, with the fields its corpus defines (see
 * {@code shared/conformance/README.md}); values are already converted to Rampart's value model.
 */
sealed interface CorpusCase permits CorpusCase.Opa, CorpusCase.Regorus {

    /** The file, relative to the corpus root, e.g. {@code opa/sets/test-sets-0001.yaml}. */
    String file();

    String note();

    List<String> modules();

    String query();

    /** {@code file#note}, as the exclusions file and failure lines name a case. */
    default String id() {
        return file() + "#" + note();
    }

    /** {@code opa} or {@code regorus}. */
    default String corpus() {
        return file().substring(0, file().indexOf('/'));
    }

    /**
     * An OPA case (Rego v1): evaluate {@code query} once and compare its result rows as a set.
     *
     * @param input         the input ({@code input} or {@code input_term}), or null
     * @param wantResult    expected rows (objects binding query variables), or null when not given
     * @param sortBindings  array values in the rows are compared sorted
     * @param wantErrorCode expected error code, or null
     * @param wantError     expected error text (a substring of OPA's error string), or null
     * @param strict        {@code strict_error}: built-in errors abort
     */
    record Opa(String file, String note, List<String> modules, Value data, Value input, String query,
            List<ObjectValue> wantResult, boolean sortBindings, String wantErrorCode, String wantError,
            boolean strict) implements CorpusCase {

        /** Module file names as OPA's runner gives them (they appear in expected error texts). */
        String moduleName(int i) {
            return "test-" + i + ".rego";
        }
    }

    /**
     * A regorus case: evaluate {@code query} once per input and compare the list of results.
     *
     * @param inputs      the inputs ({@code many!} gives several); empty when there is no input
     * @param wantResults the expected results, one per result produced, or null when not given
     * @param noResult    the query must produce no result
     * @param error       a fragment of regorus' error message: the case must fail, or null
     * @param strict      built-in errors abort (regorus' default: true)
     * @param v0          modules are read as Rego v0 (every file but {@code binding/bindings.yaml})
     * @param skip        disabled upstream
     * @param wantPrints  expected {@code print} lines ({@code rego_N:LINE: text}), or null
     */
    record Regorus(String file, String note, List<String> modules, Value data, List<Value> inputs, String query,
            List<Value> wantResults, boolean noResult, String error, boolean strict, boolean v0, boolean skip,
            List<String> wantPrints) implements CorpusCase {

        String moduleName(int i) {
            return "rego_" + i;
        }
    }
}
