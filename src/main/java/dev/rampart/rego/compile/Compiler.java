package dev.rampart.rego.compile;

import dev.rampart.rego.RegoError;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.RegoVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The compiler's ordered stages, as in OPA's {@code compile.go}: each stage has a name and one job, adds to
 * one error list, and compilation stops after the first stage that reports errors.
 */
public final class Compiler {

    /** A named stage. */
    public record Stage(String name, Consumer<CompileContext> run) {}

    /** The stages run on modules, in order. */
    public static final List<Stage> STAGES = List.of(
            new Stage("ResolveRefs", ResolveRefs::run),
            new Stage("RewriteRuleHeadRefs", RewriteRuleHeadRefs::run),
            new Stage("CheckKeywordOverrides", ModuleChecks::keywordOverrides),
            new Stage("CheckDuplicateImports", ModuleChecks::duplicateImports),
            new Stage("RewriteLocalVars", LocalVars::run),
            new Stage("RewritePrintCalls", TermRewrites::erasePrintCalls),
            new Stage("SetAnnotationSet", AnnotationChecks::run),
            new Stage("RewriteRegoMetadataCalls", RegoMetadataCalls::run),
            new Stage("RewriteComprehensionTerms", TermRewrites::comprehensionTerms),
            new Stage("RewriteRefsInHead", TermRewrites::refsInHead),
            new Stage("RewriteWithValues", WithModifiers::run),
            new Stage("CheckRuleConflicts", RuleConflicts::run),
            new Stage("CheckUndefinedFuncs", FunctionCalls::undefined),
            new Stage("CheckSafetyRuleHeads", Safety::heads),
            new Stage("CheckSafetyRuleBodies", Safety::bodies),
            new Stage("CheckRecursion", Recursion::run),
            new Stage("CheckDeprecatedBuiltins", FunctionCalls::deprecated),
            new Stage("CheckLiteralTypes", LiteralTypes::run));

    private Compiler() {}

    /** Compiled modules (sorted by file name), the renamed variables (new name → original) and the errors. */
    public record Output(List<Module> modules, Map<String, String> rewrittenVars, List<RegoError> errors) {}

    public static Output compile(List<Module> modules, int maxErrors, boolean enablePrint) {
        List<Module> sorted = new ArrayList<>(modules);
        sorted.sort((a, b) -> a.file().compareTo(b.file()));
        CompileContext ctx = new CompileContext(sorted, maxErrors, enablePrint, LOCAL_PREFIX, Set.of());
        for (Stage s : STAGES) {
            s.run().accept(ctx);
            ctx.resetRuleIndex();
            if (ctx.failed()) {
                break;
            }
        }
        return new Output(ctx.modules(), Map.copyOf(ctx.rewrittenVars()), ctx.errors());
    }

    private static final String LOCAL_PREFIX = dev.rampart.rego.ast.Var.LOCAL_PREFIX;

    /** A compiled query: its body and the renamed variables (new name → original). */
    public record QueryOutput(List<Expr> body, Map<String, String> rewrittenVars, Map<String, String> resultVars,
            List<RegoError> errors) {}

    /**
     * Compiles a query against compiled modules: names are resolved as written (no package), local variables
     * renamed ({@code __localqN__}), {@code with} checked, calls checked and the body reordered for safety.
     */
    public static QueryOutput compileQuery(List<Expr> query, List<Module> compiledModules, int maxErrors,
            boolean enablePrint) {
        Set<String> taken = VarVisitor.ALL.vars(query);
        CompileContext ctx = new CompileContext(compiledModules, maxErrors, enablePrint, LOCAL_PREFIX + "q", taken);
        List<Expr> body = new ResolveRefs.Resolver(Map.of()).body(query);
        List<RegoError> errs = new ArrayList<>();
        LocalScopes scopes = new LocalScopes();
        body = new BodyRewriter(ctx, scopes, errs).body(body, Set.of());
        ctx.rewrittenVars().putAll(scopes.rewritten);
        ctx.errors(errs);
        if (!ctx.failed()) {
            if (!enablePrint) {
                body = TermRewrites.printEraser().body(body);
            }
            body = TermRewrites.comprehensionRewriter(ctx).body(body);
            body = WithModifiers.rewriteBody(ctx, body);
        }
        if (!ctx.failed()) {
            FunctionCalls.checkBody(ctx, RegoVersion.V1, body);
        }
        if (!ctx.failed()) {
            body = Safety.check(ctx, RegoVersion.V1, body, Safety.RESERVED);
        }
        Map<String, String> resultVars = new java.util.LinkedHashMap<>();
        if (!ctx.failed()) {
            for (String v : VarVisitor.SAFETY.vars(body)) {
                String name = ctx.originalName(v);
                if (!new dev.rampart.rego.ast.Var(name, null).isGenerated() && !Safety.RESERVED.contains(name)) {
                    resultVars.putIfAbsent(name, v);
                }
            }
        }
        return new QueryOutput(ctx.failed() ? null : body, new HashMap<>(ctx.rewrittenVars()), resultVars,
                ctx.errors());
    }
}
