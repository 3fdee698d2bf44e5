package dev.rampart.rego;

import dev.rampart.rego.ast.Module;
import dev.rampart.rego.compile.Compiler;
import dev.rampart.rego.parse.RegoParser;
import java.util.ArrayList;
import java.util.List;

/**
 * The Rego front end's entry point: parses and compiles modules into a {@link CompiledPolicy} for the
 * planner, and compiles ad-hoc queries against such a policy. Errors come back as values
 * ({@link RegoError}, with OPA's codes), never as exceptions.
 */
public final class RegoCompiler {

    private RegoCompiler() {}

    /** Parses and compiles the modules together. */
    public static CompileResult compile(List<RegoSource> sources, CompileOptions options) {
        return DeepStack.call(() -> compileHere(sources, options));
    }

    private static CompileResult compileHere(List<RegoSource> sources, CompileOptions options) {
        List<Module> modules = new ArrayList<>();
        List<RegoError> errors = new ArrayList<>();
        for (RegoSource s : sources) {
            RegoParser.ModuleResult r = RegoParser.parseModule(s, options.v0Compatible());
            errors.addAll(r.errors());
            if (r.module() != null) {
                modules.add(r.module());
            }
        }
        if (!errors.isEmpty()) {
            return new CompileResult(null, limit(errors, options.maxErrors()));
        }
        if (options.numberTests()) {
            modules = TestNames.numberDuplicates(modules);
        }
        Compiler.Output out = Compiler.compile(modules, options.maxErrors(), options.enablePrint());
        if (!out.errors().isEmpty()) {
            return new CompileResult(null, out.errors());
        }
        return new CompileResult(PolicyAssembler.assemble(out.modules(), out.rewrittenVars()), List.of());
    }

    /**
     * Compiles a query such as {@code data.pkg.p = x} against a compiled policy, with the same checks as rule
     * bodies (unknown functions, arity, safety with reordering).
     */
    public static QueryResult compileQuery(String query, CompiledPolicy policy, CompileOptions options) {
        return DeepStack.call(() -> compileQueryHere(query, policy, options));
    }

    private static QueryResult compileQueryHere(String query, CompiledPolicy policy, CompileOptions options) {
        RegoParser.QueryResult parsed = RegoParser.parseQuery(query, "query");
        if (!parsed.errors().isEmpty()) {
            return new QueryResult(null, limit(parsed.errors(), options.maxErrors()));
        }
        Compiler.QueryOutput out = Compiler.compileQuery(parsed.body(), policy == null ? List.of() : policy.modules(),
                options.maxErrors(), options.enablePrint());
        if (!out.errors().isEmpty()) {
            return new QueryResult(null, out.errors());
        }
        List<CompiledQuery.QueryVar> vars = new ArrayList<>();
        out.resultVars().forEach((name, compiled) -> vars.add(new CompiledQuery.QueryVar(name, compiled)));
        return new QueryResult(new CompiledQuery(out.body(), vars, out.rewrittenVars()), List.of());
    }

    /** The names of the compiler's stages, in the order they run. */
    public static List<String> stageNames() {
        return Compiler.STAGES.stream().map(Compiler.Stage::name).toList();
    }

    private static List<RegoError> limit(List<RegoError> errors, int max) {
        if (max <= 0 || errors.size() <= max) {
            return errors;
        }
        List<RegoError> out = new ArrayList<>(errors.subList(0, max));
        out.add(new RegoError(ErrorCode.COMPILE, "error limit reached", Location.NONE));
        return out;
    }
}
