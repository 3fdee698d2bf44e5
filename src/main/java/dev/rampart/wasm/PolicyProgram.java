package dev.rampart.wasm;

import dev.rampart.wasm.value.Value;
import java.util.List;

/**
 * A loaded policy set that evaluates named entrypoints against an input and a data document: a module
 * Rampart compiled from Rego, or a bundle built by {@code opa build -t wasm}. Thread-safe: evaluations on
 * different threads do not share state.
 */
public interface PolicyProgram {

    /** The entrypoint names this program can evaluate, e.g. {@code rampart/net_001/deny}. */
    List<String> entrypoints();

    /**
     * Evaluates one entrypoint.
     *
     * @param entrypoint one of {@link #entrypoints()}
     * @param input      the input document, or null when there is none ({@code input} is then undefined)
     * @param data       the base data document ({@code ObjectValue.EMPTY} when there is none)
     * @return the entrypoint's value, or null when it is undefined. A query entrypoint's value is an array
     *         with one object per solution, mapping each query variable to its value.
     * @throws PolicyEvaluationException when evaluation fails (conflicts, strict built-in errors, budgets)
     */
    Value evaluate(String entrypoint, Value input, Value data, EvalOptions options);

    /**
     * Evaluates several entrypoints against the same documents as one evaluation, so that what they share
     * (library rules) is computed once; the budgets cover the whole batch, and the first failure ends it.
     *
     * @return the values in the order of {@code entrypoints} (null: undefined)
     */
    default List<Value> evaluateAll(List<String> entrypoints, Value input, Value data, EvalOptions options) {
        List<Value> out = new java.util.ArrayList<>(entrypoints.size());
        for (String e : entrypoints) {
            out.add(evaluate(e, input, data, options));
        }
        return out;
    }

    /** {@link #evaluate(String, Value, Value, EvalOptions)} with the default options. */
    default Value evaluate(String entrypoint, Value input, Value data) {
        return evaluate(entrypoint, input, data, EvalOptions.DEFAULT);
    }
}
