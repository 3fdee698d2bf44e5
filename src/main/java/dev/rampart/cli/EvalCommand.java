package dev.rampart.cli;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.QueryResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.wasm.Entrypoint;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.rego.ir.IrPrinter;
import dev.rampart.wasm.RegoWasm;
import dev.rampart.wasm.bundle.BundleLoader;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart eval}: compiles policies and a query to WebAssembly, evaluates it and prints the result set. */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = {
            "Evaluate a Rego query against policies, as `opa eval` does, and print the result set as JSON: an array "
                    + "with one object per solution, mapping each variable of the query to its value ([{}] for a "
                    + "query without variables that is defined, [] when it is undefined).",
            "With --bundle, QUERY names one of the bundle's entrypoints (data.a.b or a/b) and the result is "
                    + "[{\"result\": value}], or [] when the document is undefined.",
            "Errors are printed as file:line:col: code: message; the exit code is then 2."
        })
final class EvalCommand implements Callable<Integer> {

    @Mixin
    EvaluationLimits limits = new EvaluationLimits();

    /** How the result set is printed. */
    enum Format { json, pretty }

    private static final String QUERY_ENTRYPOINT = "eval";

    @Spec
    CommandSpec spec;

    @Option(
            names = {"-d", "--policy"},
            paramLabel = "PATH",
            description = "Rego files, data files (.json, .yaml) or directories of both, as `opa eval -d`: data "
                    + "files in a directory are placed under data at their directory's path. Repeatable.")
    List<Path> policies = new ArrayList<>();

    @Option(
            names = {"-i", "--input"},
            paramLabel = "FILE",
            description = "The input document (JSON, or YAML by extension). Without it, input is undefined.")
    Path input;

    @Option(
            names = "--data",
            paramLabel = "FILE",
            description = "A JSON or YAML object merged into data at its root. Repeatable; two files giving "
                    + "different values for one path are an error.")
    List<Path> dataFiles = new ArrayList<>();

    @Option(
            names = "--bundle",
            paramLabel = "FILE",
            description = "Evaluate an entrypoint of a bundle (from `rampart build`, or `opa build -t wasm`, or a "
                    + "bare .wasm) instead of compiling policies; not with -d.")
    Path bundle;

    @Option(
            names = "--v0-compatible",
            description = "Read Rego v0 syntax (p { … }, p[x] { … }, keywords from future.keywords imports), as "
                    + "OPA's --v0-compatible. Modules that import rego.v1 are read as v1.")
    boolean v0Compatible;

    @Option(
            names = "--strict",
            description = "Built-in errors (type errors, division by zero, …) abort the evaluation, as OPA's "
                    + "--strict-builtin-errors; by default they make the expression undefined.")
    boolean strict;

    @Option(
            names = "--format",
            defaultValue = "json",
            paramLabel = "FORMAT",
            description = "json (one line) or pretty (indented). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(
            names = "--plan",
            description = "Print the planner's IR for the query (every function it reaches) instead of evaluating it; "
                    + "for debugging policies and the compiler (docs/ir.md).")
    boolean plan;

    @Parameters(
            index = "0",
            paramLabel = "QUERY",
            description = "A Rego query, e.g. 'data.rampart.rules.net_001.deny[f]' or 'x := count(input.vpcs)'.")
    String query;

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        if (plan && bundle != null) {
            throw new CommandLine.ParameterException(cmd, "--plan needs policies (-d): a bundle holds no plan");
        }
        if ((bundle == null) == policies.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, bundle == null
                    ? "give the policies with -d PATH, or a bundle with --bundle FILE"
                    : "--bundle and -d cannot be used together");
        }
        PrintWriter err = cmd.getErr();
        EvalOptions options = limits.apply(EvalOptions.DEFAULT).withStrict(strict).withPrintSink(line -> {
            err.println(line);
            err.flush();
        });
        Value inputDoc = input == null ? null : PolicySources.readData(input);
        Value result;
        try {
            result = bundle != null ? evalBundle(inputDoc, options) : evalQuery(inputDoc, options, err);
        } catch (PolicyEvaluationException e) {
            err.println(PolicyCompilation.format(e));
            err.flush();
            return ExitCodes.ERROR;
        }
        if (result == null) {
            return ExitCodes.ERROR;
        }
        if (plan) {
            return ExitCodes.OK; // the plan was printed instead of a result
        }
        PrintWriter out = cmd.getOut();
        out.println(format == Format.pretty ? Values.toPrettyJson(result) : Values.toJson(result));
        out.flush();
        return ExitCodes.OK;
    }

    /** The result set of the query, or null after printing compile errors. */
    private Value evalQuery(Value inputDoc, EvalOptions options, PrintWriter err) {
        PolicySources.Loaded loaded = PolicySources.load(policies);
        Value data = PolicySources.withDataFiles(loaded.data(), dataFiles);
        CompiledPolicy policy = PolicyCompilation.compile(loaded.modules(), v0Compatible, err);
        if (policy == null) {
            return null;
        }
        QueryResult q = RegoCompiler.compileQuery(query, policy,
                CompileOptions.DEFAULT.withV0Compatible(v0Compatible));
        if (!q.ok()) {
            PolicyCompilation.printErrors(q.errors(), err);
            return null;
        }
        List<Entrypoint> entrypoints = List.of(new Entrypoint.Query(QUERY_ENTRYPOINT, q.query()));
        if (plan) {
            spec.commandLine().getOut().print(IrPrinter.print(RegoWasm.plan(policy, entrypoints)));
            spec.commandLine().getOut().flush();
            return ArrayValue.EMPTY;
        }
        PolicyProgram program = RegoWasm.compile(policy, entrypoints);
        Value rs = program.evaluate(QUERY_ENTRYPOINT, inputDoc, data, options);
        return rs == null ? ArrayValue.EMPTY : rs;
    }

    private Value evalBundle(Value inputDoc, EvalOptions options) {
        PolicyProgram program = BundleLoader.load(bundle).program();
        Entrypoint.Document ep = PolicyCompilation.entrypoint(query);
        if (!program.entrypoints().contains(ep.name())) {
            throw new CommandLine.ParameterException(spec.commandLine(), bundle + " has no entrypoint " + ep.name()
                    + "; it has " + String.join(", ", program.entrypoints()));
        }
        Value data = PolicySources.withDataFiles(ObjectValue.EMPTY, dataFiles);
        Value v = program.evaluate(ep.name(), inputDoc, data, options);
        return v == null ? ArrayValue.EMPTY : ArrayValue.of(ObjectValue.of(Values.string("result"), v));
    }
}
