package dev.rampart.wasm;

import dev.rampart.wasm.builtins.PrintSink;
import java.time.Duration;
import java.util.Objects;

/**
 * How one evaluation runs.
 *
 * @param strict          built-in errors abort the evaluation (OPA's strict mode) instead of making the
 *                        calling expression undefined
 * @param timeout         wall-clock budget of one evaluation
 * @param allocationBytes allocation budget of one evaluation (an estimate of heap bytes of the values it builds)
 * @param printSink       where {@code print} output goes
 */
public record EvalOptions(boolean strict, Duration timeout, long allocationBytes, PrintSink printSink) {

    /** Non-strict, 10 s, 512 MiB, print to standard error. */
    public static final EvalOptions DEFAULT = new EvalOptions(false, Duration.ofSeconds(10), 512L << 20,
            PrintSink.stderr());

    public EvalOptions {
        Objects.requireNonNull(timeout);
        Objects.requireNonNull(printSink);
        if (allocationBytes <= 0) {
            throw new IllegalArgumentException("allocation budget must be positive");
        }
    }

    public EvalOptions withStrict(boolean s) {
        return new EvalOptions(s, timeout, allocationBytes, printSink);
    }

    public EvalOptions withTimeout(Duration t) {
        return new EvalOptions(strict, t, allocationBytes, printSink);
    }

    public EvalOptions withAllocationBytes(long bytes) {
        return new EvalOptions(strict, timeout, bytes, printSink);
    }

    public EvalOptions withPrintSink(PrintSink sink) {
        return new EvalOptions(strict, timeout, allocationBytes, sink);
    }
}
