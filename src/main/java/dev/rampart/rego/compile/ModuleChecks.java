package dev.rampart.rego.compile;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Import;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.Term;
import java.util.HashMap;
import java.util.Map;

/**
 * Rego v1 strictness that OPA checks at compile time (on v1 modules and v0 modules importing
 * {@code rego.v1}): stages "CheckKeywordOverrides" and "CheckDuplicateImports".
 */
final class ModuleChecks {

    private ModuleChecks() {}

    /** Rules, arguments and assigned variables must not be called {@code data} or {@code input}. */
    static void keywordOverrides(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            if (!m.version().v1Compatible()) {
                continue;
            }
            for (Rule rule : m.rules()) {
                for (Rule r = rule; r != null; r = r.elseRule()) {
                    String name = r.head().ref().headName();
                    if (ResolveRefs.isRootDocument(name)) {
                        ctx.error(ErrorCode.COMPILE, r.location(),
                                "rules must not shadow " + name + " (use a different rule name)");
                    }
                    for (Term a : r.head().args()) {
                        if (a instanceof Ref ref && ref.size() == 1 && ResolveRefs.isRootDocument(ref.headName())) {
                            ctx.error(ErrorCode.COMPILE, a.location(),
                                    "args must not shadow " + ref + " (use a different variable name)");
                        }
                    }
                    Walk.exprs(r, e -> assignmentShadowing(ctx, e));
                }
            }
        }
    }

    private static void assignmentShadowing(CompileContext ctx, Expr e) {
        if (e.isAssignment() && e.form() instanceof CallExpr c) {
            Term lhs = c.operands().get(0);
            if (lhs instanceof Ref ref && ref.size() == 1 && ResolveRefs.isRootDocument(ref.headName())) {
                ctx.error(ErrorCode.COMPILE, e.location(),
                        "variables must not shadow " + ref + " (use a different variable name)");
            }
        }
    }

    /** Two imports of a module must not bind the same name. */
    static void duplicateImports(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            if (!m.version().v1Compatible()) {
                continue;
            }
            Map<String, Import> seen = new HashMap<>();
            for (Import imp : m.imports()) {
                Import prev = seen.putIfAbsent(imp.name(), imp);
                if (prev != null) {
                    ctx.error(ErrorCode.COMPILE, imp.location(), "import must not shadow " + prev);
                }
            }
        }
    }
}
