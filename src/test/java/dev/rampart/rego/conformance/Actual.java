package dev.rampart.rego.conformance;

import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.value.ArrayValue;
import java.util.List;

/** What running a case through compile → Wasm → Chicory gave. */
sealed interface Actual {

    /** The modules or the query did not compile; the errors as {@code file:line:col: code: message}. */
    record CompileError(List<String> errors) implements Actual {}

    /** Evaluation failed with a policy error (conflict, strict built-in error, budget). */
    record EvalError(PolicyEvaluationException error) implements Actual {}

    /**
     * Something other than a policy error stopped the case: the planner refusing a construct, an exception
     * escaping the backend or runtime, a case that ran too long. Never an acceptable outcome, even for cases
     * that expect an error: a crash is not the error they describe.
     */
    record Crash(String stage, Throwable error) implements Actual {}

    /**
     * The solutions, one result set per input (each an array of objects binding the query's variables), and
     * the lines printed. {@code captureVars} is set when the query was rewritten to capture its expressions'
     * values ({@link RegorusQuery}): per expression, the variable holding its value, or null for {@code true}.
     */
    record Results(List<ArrayValue> perInput, List<String> prints, List<String> captureVars) implements Actual {}
}
