package dev.rampart.wasm;

import dev.rampart.RampartException;
import dev.rampart.rego.Location;

/**
 * An evaluation that failed: a conflict between rule values, a strict built-in error, a budget that ran out.
 * The message names the entrypoint (the policy) and, when known, the place in the Rego source.
 */
public final class PolicyEvaluationException extends RampartException {

    /** Why an evaluation failed; the codes are OPA's where OPA has one. */
    public enum Code {
        /** Two values for one complete rule, function or object key ({@code eval_conflict_error}). */
        CONFLICT("eval_conflict_error"),
        /** A built-in operand of the wrong type, in strict mode ({@code eval_type_error}). */
        TYPE("eval_type_error"),
        /** Any other built-in failure, in strict mode ({@code eval_builtin_error}). */
        BUILTIN("eval_builtin_error"),
        /** The evaluation ran past its deadline. */
        TIMEOUT("rampart_timeout_error"),
        /** The evaluation built more values than its allocation budget allows. */
        BUDGET("rampart_budget_error"),
        /** The Wasm machine failed (call stack exhausted, a trap): a policy recursing without end. */
        MACHINE("rampart_machine_error"),
        /** Base data holds a value where a rule is defined; OPA reports it when compiling against its store. */
        DATA_CONFLICT("rego_compile_error");

        private final String opaName;

        Code(String opaName) {
            this.opaName = opaName;
        }

        /** The code as printed, e.g. {@code eval_conflict_error}. */
        public String opaName() {
            return opaName;
        }
    }

    private final Code code;
    private final String entrypoint;
    private final Location location;

    public PolicyEvaluationException(Code code, String entrypoint, Location location, String message,
            Throwable cause) {
        super(format(entrypoint, location, message), cause);
        this.code = code;
        this.entrypoint = entrypoint;
        this.location = location;
    }

    private static String format(String entrypoint, Location location, String message) {
        StringBuilder sb = new StringBuilder();
        if (location != null && location != Location.NONE) {
            sb.append(location).append(": ");
        }
        sb.append(message);
        if (entrypoint != null) {
            sb.append(" (evaluating ").append(entrypoint).append(')');
        }
        return sb.toString();
    }

    public Code code() {
        return code;
    }

    /** The entrypoint being evaluated, or null. */
    public String entrypoint() {
        return entrypoint;
    }

    /** Where in the Rego source the failure happened, or null when unknown. */
    public Location location() {
        return location;
    }
}
