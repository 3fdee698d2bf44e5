package dev.rampart.rego.conformance;

import dev.rampart.RampartException;
import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.QueryResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.Entrypoint;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.RegoWasm;
import dev.rampart.wasm.builtins.CollectingPrintSink;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a case through the real path: {@code RegoCompiler.compile} → {@code compileQuery} → {@code
 * RegoWasm.compile} → {@code RampartProgram.evaluate}, once per input.
 */
final class CaseRunner {

    static final String ENTRYPOINT = "conformance";

    /** Long enough for any corpus case; short enough that a looping one does not stall the run. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private CaseRunner() {}

    /**
     * Runs {@code query} against the case's modules, once per input (once without input when there is none).
     * With {@code captureValues}, a query without variables is rewritten to report its expressions' values
     * ({@link RegorusQuery}).
     */
    static Actual run(List<String> moduleNames, List<String> modules, boolean v0, String query, Value data,
            List<Value> inputs, boolean strict, boolean captureValues) {
        List<RegoSource> sources = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            sources.add(new RegoSource(moduleNames.get(i), modules.get(i)));
        }
        CompileOptions options = CompileOptions.DEFAULT.withV0Compatible(v0);
        CompileResult compiled = RegoCompiler.compile(sources, options);
        if (!compiled.ok()) {
            return new Actual.CompileError(compiled.errors().stream().map(RegoError::format).toList());
        }
        QueryResult q = RegoCompiler.compileQuery(query, compiled.policy(), options);
        if (!q.ok()) {
            return new Actual.CompileError(q.errors().stream().map(RegoError::format).toList());
        }
        List<String> captureVars = null;
        if (captureValues && q.query().vars().isEmpty()) {
            RegorusQuery rq = RegorusQuery.capture(query);
            if (rq != null) {
                QueryResult captured = RegoCompiler.compileQuery(rq.text(), compiled.policy(), options);
                if (!captured.ok()) {
                    // A harness problem, not the case's: say so instead of comparing the wrong shape.
                    return new Actual.CompileError(captured.errors().stream()
                            .map(e -> "(query rewritten as " + rq.text() + ") " + e.format()).toList());
                }
                q = captured;
                captureVars = rq.captureVars();
            }
        }
        PolicyProgram program;
        try {
            program = RegoWasm.compile(compiled.policy(), List.of(new Entrypoint.Query(ENTRYPOINT, q.query())));
        } catch (RuntimeException | StackOverflowError e) {
            return new Actual.Crash(e instanceof RampartException ? "planner" : "backend", e);
        }
        CollectingPrintSink prints = new CollectingPrintSink();
        EvalOptions eval = EvalOptions.DEFAULT.withStrict(strict).withTimeout(TIMEOUT).withPrintSink(prints);
        List<ArrayValue> perInput = new ArrayList<>();
        for (Value input : inputs.isEmpty() ? java.util.Collections.<Value>singletonList(null) : inputs) {
            try {
                Value rs = program.evaluate(ENTRYPOINT, input, data, eval);
                perInput.add(rs == null ? ArrayValue.EMPTY : (ArrayValue) rs);
            } catch (PolicyEvaluationException e) {
                return new Actual.EvalError(e);
            } catch (RuntimeException | StackOverflowError e) {
                return new Actual.Crash("runtime", e);
            }
        }
        return new Actual.Results(perInput, prints.lines(), captureVars);
    }

    /** A one-line description of a crash: the stage, the exception and where it was thrown. */
    static String describe(Actual.Crash c) {
        Throwable e = c.error();
        StringBuilder sb = new StringBuilder(c.stage()).append(": ").append(e.getClass().getSimpleName());
        if (e.getMessage() != null) {
            sb.append(": ").append(e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(e instanceof RampartException) && e.getStackTrace().length > 0) {
            StackTraceElement top = e.getStackTrace()[0];
            sb.append(" at ").append(top.getClassName().substring(top.getClassName().lastIndexOf('.') + 1))
                    .append('.').append(top.getMethodName()).append(':').append(top.getLineNumber());
        }
        return sb.toString();
    }
}
