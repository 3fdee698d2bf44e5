package dev.rampart.cli;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.RegoSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart check PATHS…}: compiles Rego modules together and reports every error. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Parse and compile Rego modules together, as `opa check` does, and print every error as "
                    + "file:line:col: code: message, with OPA's error codes (e.g. rego_unsafe_var_error).",
            "Exits 0 when the modules compile, 2 when there are errors."
        })
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(
            arity = "1..*",
            paramLabel = "PATH",
            description = "Rego files, or directories searched recursively for .rego files.")
    List<Path> paths;

    @Option(
            names = "--v0-compatible",
            description = "Read Rego v0 syntax (p { … }, p[x] { … }, keywords from future.keywords imports), "
                    + "as OPA's --v0-compatible. Modules that import rego.v1 are read as v1.")
    boolean v0Compatible;

    @Option(
            names = "--max-errors",
            defaultValue = "10",
            description = "Stop after this many errors (default: ${DEFAULT-VALUE}, as OPA); 0 reports all.")
    int maxErrors;

    @Override
    public Integer call() {
        List<RegoSource> sources = RegoFiles.load(paths);
        CompileResult result = RegoCompiler.compile(sources,
                CompileOptions.DEFAULT.withV0Compatible(v0Compatible).withMaxErrors(maxErrors));
        PrintWriter err = spec.commandLine().getErr();
        for (RegoError e : result.errors()) {
            err.println(e.format());
        }
        err.flush();
        return result.ok() ? ExitCodes.OK : ExitCodes.ERROR;
    }
}
