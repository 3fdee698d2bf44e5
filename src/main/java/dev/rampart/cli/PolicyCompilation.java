package dev.rampart.cli;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.Location;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.Entrypoint;
import dev.rampart.wasm.PolicyEvaluationException;
import java.io.PrintWriter;
import java.util.List;

/** What {@code eval}, {@code test} and {@code build} share: compiling with errors printed, naming entrypoints. */
final class PolicyCompilation {

    private PolicyCompilation() {}

    /** The compiled policy, or null after printing every error to {@code err} as {@code file:line:col: code: message}. */
    static CompiledPolicy compile(List<RegoSource> sources, boolean v0Compatible, PrintWriter err) {
        return compile(sources, CompileOptions.DEFAULT.withV0Compatible(v0Compatible), err);
    }

    static CompiledPolicy compile(List<RegoSource> sources, CompileOptions options, PrintWriter err) {
        CompileResult r = RegoCompiler.compile(sources, options);
        printErrors(r.errors(), err);
        return r.policy();
    }

    static void printErrors(List<RegoError> errors, PrintWriter err) {
        for (RegoError e : errors) {
            err.println(e.format());
        }
        err.flush();
    }

    /**
     * The document entrypoint a user names as OPA does, by path ({@code data.a.b}) or by entrypoint name
     * ({@code a/b}).
     */
    static Entrypoint.Document entrypoint(String text) {
        String s = text.strip();
        if (s.equals("data") || s.startsWith("data.") || s.startsWith("data[")) {
            return Entrypoint.Document.of(s);
        }
        String path = "data." + (s.startsWith("/") ? s.substring(1) : s).replace('/', '.');
        return new Entrypoint.Document(path.substring(5).replace('.', '/'), path);
    }

    /**
     * An evaluation error as {@code file:line:col: code: message} (the location left out when unknown),
     * without the "(evaluating …)" the exception adds for logs.
     */
    static String format(PolicyEvaluationException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        Location loc = e.location();
        boolean located = loc != null && loc != Location.NONE;
        if (located && message.startsWith(loc + ": ")) {
            message = message.substring(loc.toString().length() + 2);
        }
        String suffix = " (evaluating " + e.entrypoint() + ")";
        if (e.entrypoint() != null && message.endsWith(suffix)) {
            message = message.substring(0, message.length() - suffix.length());
        }
        return (located ? loc + ": " : "") + e.code().opaName() + ": " + message + EvaluationLimits.hint(e);
    }
}
