package dev.rampart.wasm.runtime;

import dev.rampart.rego.Location;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.abi.ModuleMetadata.RulePathInfo;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.util.List;

/**
 * OPA's check that base data leaves the paths of rules free: {@code data.json} with {@code {"test": {"p": 0}}}
 * beside a rule {@code test.p} is refused ({@code conflicting rule for data path test/p found}) rather than
 * letting one silently hide the other. OPA runs it when it compiles against its store; Rampart's data
 * arrives with each evaluation, so the module checks each data document it is given, once.
 */
final class DataConflicts {
    private final List<RulePathInfo> rulePaths;
    /** The last data document found free of conflicts; a scan passes the same one to every evaluation. */
    private volatile Value checked;

    DataConflicts(List<RulePathInfo> rulePaths) {
        this.rulePaths = rulePaths;
    }

    /** Throws when {@code data} holds a value where a rule is defined. */
    void check(Value data, String entrypoint) {
        if (data == checked || rulePaths.isEmpty()) {
            return;
        }
        for (RulePathInfo rule : rulePaths) {
            if (occupied(data, rule.path())) {
                throw new PolicyEvaluationException(PolicyEvaluationException.Code.DATA_CONFLICT, entrypoint,
                        new Location(rule.file(), rule.line(), rule.column()),
                        "conflicting rule for data path " + String.join("/", rule.path()) + " found", null);
            }
        }
        checked = data;
    }

    /**
     * As OPA's {@code storage.NonEmpty}: the path holds a value, or the deepest prefix that holds one is not
     * an object (so the rule's document could not sit below it).
     */
    private static boolean occupied(Value data, List<String> path) {
        Value at = data;
        for (String key : path) {
            if (!(at instanceof ObjectValue o)) {
                return true;
            }
            at = o.get(StringValue.of(key));
            if (at == null) {
                return false;
            }
        }
        return true;
    }
}
