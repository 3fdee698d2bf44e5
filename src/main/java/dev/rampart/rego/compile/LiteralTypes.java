package dev.rampart.rego.compile;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Terms;
import dev.rampart.rego.ast.Var;
import java.util.List;

/**
 * Stage "CheckLiteralTypes": the type errors OPA's type checker reports that are visible from literals
 * alone (Rampart has no full type checker): indexing or iterating a scalar ({@code some x in null},
 * {@code "abc"[0]}), and unifying an array with arrays of another length ({@code [a, b] = [1, 2, 3]},
 * {@code some [x, y] in [[1, 2, 3]]}), which can never succeed.
 */
final class LiteralTypes {

    private LiteralTypes() {}

    static void run(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            for (Rule r : m.rules()) {
                for (Rule branch = r; branch != null; branch = branch.elseRule()) {
                    Walk.terms(branch, t -> scalarHead(ctx, t));
                    Walk.exprs(branch, e -> unification(ctx, e));
                }
            }
        }
    }

    private static void scalarHead(CompileContext ctx, Term t) {
        if (t instanceof Ref r && r.size() > 1 && r.head().isScalar()) {
            ctx.error(ErrorCode.TYPE, r.location(), Terms.typeName(r.head()) + " " + Terms.print(r.head())
                    + " is not a collection (array, set or object): it cannot be indexed or iterated");
        }
    }

    private static void unification(CompileContext ctx, Expr e) {
        if (!(e.form() instanceof CallExpr c) || !c.name().equals("eq") || c.operands().size() != 2) {
            return;
        }
        check(ctx, c.operands().get(0), c.operands().get(1));
        check(ctx, c.operands().get(1), c.operands().get(0));
    }

    private static void check(CompileContext ctx, Term a, Term b) {
        if (!(a instanceof ArrayTerm pattern)) {
            return;
        }
        int n = pattern.elements().size();
        if (b instanceof ArrayTerm other && other.elements().size() != n) {
            ctx.error(ErrorCode.TYPE, a.location(), "match error: an array of " + n
                    + " elements cannot unify with an array of " + other.elements().size());
        } else if (b instanceof Ref r && r.size() == 2 && r.get(1) instanceof Var) {
            List<Term> elements = elements(r.head());
            if (elements != null && !elements.isEmpty() && elements.stream().noneMatch(x -> couldBeArray(x, n))) {
                ctx.error(ErrorCode.TYPE, a.location(), "match error: an array of " + n
                        + " elements cannot unify with any element of " + Terms.print(r.head()));
            }
        }
    }

    private static List<Term> elements(Term collection) {
        return switch (collection) {
            case ArrayTerm a -> a.elements();
            case SetTerm s -> s.elements();
            case ObjectTerm o -> o.entries().stream().map(ObjectTerm.Entry::value).toList();
            default -> null;
        };
    }

    /** False only when {@code t} is certainly not an array of {@code n} elements. */
    private static boolean couldBeArray(Term t, int n) {
        return switch (t) {
            case ArrayTerm a -> a.elements().size() == n;
            case SetTerm s -> false;
            case ObjectTerm o -> false;
            default -> !t.isScalar();
        };
    }
}
