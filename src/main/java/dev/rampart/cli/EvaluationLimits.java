package dev.rampart.cli;

import dev.rampart.Durations;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import picocli.CommandLine.Option;

/** {@code --timeout}: how long one evaluation may run before it is stopped (a policy that loops, say). */
final class EvaluationLimits {

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "Stop an evaluation that runs longer than this (e.g. 500ms, 30s, 2m; default: ${DEFAULT-VALUE})."
                    + " A scan evaluates each policy set's rules in one evaluation.")
    String timeout;

    /** {@code base} with the timeout given. */
    EvalOptions apply(EvalOptions base) {
        return base.withTimeout(Durations.parse(timeout, "--timeout"));
    }

    /** What to add to an error message so the user knows the way out. */
    static String hint(Exception e) {
        return e instanceof PolicyEvaluationException p && p.code() == PolicyEvaluationException.Code.TIMEOUT
                ? " (a larger --timeout allows more)" : "";
    }
}
