package dev.rampart.rego.compile;

import dev.rampart.rego.Builtin;
import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.RegoVersion;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ast.With;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage "RewriteWithValues": checks {@code with} targets (part of {@code input}, a base or virtual document
 * of {@code data} replaced as a whole, or a function) and moves values that need evaluation into a
 * generated {@code __localN__ = value} before the expression.
 */
final class WithModifiers {

    private WithModifiers() {}

    static void run(CompileContext ctx) {
        List<Module> out = new ArrayList<>();
        for (Module m : ctx.modules()) {
            RegoVersion version = m.version();
            AstRewriter rw = new AstRewriter() {
                @Override
                List<Expr> body(List<Expr> body) {
                    List<Expr> result = new ArrayList<>();
                    for (Expr e : super.body(body)) {
                        rewrite(ctx, version, e, result);
                    }
                    return result;
                }
            };
            List<Rule> rules = new ArrayList<>();
            for (Rule r : m.rules()) {
                rules.add(rw.rule(r));
            }
            out.add(m.withRules(rules));
        }
        ctx.setModules(out);
    }

    /** Rewrites one query body (the query compiler's variant). */
    static List<Expr> rewriteBody(CompileContext ctx, List<Expr> body) {
        AstRewriter rw = new AstRewriter() {
            @Override
            List<Expr> body(List<Expr> b) {
                List<Expr> result = new ArrayList<>();
                for (Expr e : super.body(b)) {
                    rewrite(ctx, RegoVersion.V1, e, result);
                }
                return result;
            }
        };
        return rw.body(body);
    }

    private static void rewrite(CompileContext ctx, RegoVersion version, Expr e, List<Expr> out) {
        if (e.with().isEmpty()) {
            out.add(e);
            return;
        }
        List<With> withs = new ArrayList<>();
        for (With w : e.with()) {
            Term target = w.target();
            Term value = w.value();
            if (value instanceof Var v && CompileContext.builtin(v.name(), version) != null) {
                value = new Ref(List.of(v), v.location());
            }
            if (target instanceof Var v && CompileContext.builtin(v.name(), version) != null) {
                target = new Ref(List.of(v), v.location());
            }
            Boolean needsEval = validate(ctx, version, target, value);
            if (needsEval == null) {
                withs.add(w);
                continue;
            }
            if (needsEval) {
                Var gv = ctx.freshVar(value.location());
                out.add(Expr.generatedEquality(gv, value, value.location()));
                value = gv;
            }
            withs.add(new With(target, value, w.location()));
        }
        out.add(e.withWith(withs));
    }

    /** Whether the value must be evaluated first; null after reporting an invalid target. */
    private static Boolean validate(CompileContext ctx, RegoVersion version, Term target, Term value) {
        if (target instanceof Ref ref && "data".equals(ref.headName())) {
            RuleIndex.Node node = ctx.ruleIndex().root();
            for (int i = 0; i < ref.size() - 1 && node != null; i++) {
                RuleIndex.Node child = node.child(ref.get(i));
                if (child != null && !child.rules.isEmpty()) {
                    ctx.error(ErrorCode.COMPILE, target.location(),
                            "with keyword cannot partially replace virtual document(s)");
                    return null;
                }
                node = child;
            }
            if (node != null) {
                RuleIndex.Node last = node.child(ref.get(ref.size() - 1));
                if (last != null && last.rules.stream().anyMatch(r -> r.arity() > 0) && isFunctionValue(ctx, version, value)) {
                    return arityMismatch(ctx, version, target, value) ? null : Boolean.FALSE;
                }
            }
            if (value instanceof Ref vr) {
                RuleIndex.Node vn = ctx.ruleIndex().find(vr);
                if (vn != null && vn.rules.stream().anyMatch(r -> r.arity() > 0)) {
                    return false;
                }
            }
            return TermRewrites.requiresEval(value);
        }
        if (target instanceof Ref ref && "input".equals(ref.headName())) {
            return TermRewrites.requiresEval(value);
        }
        if (target instanceof Ref ref) {
            Builtin b = CompileContext.builtin(ref.toString(), version);
            if (b != null) {
                String name = b.name();
                if (name.equals("eq") || name.equals("assign")) {
                    ctx.error(ErrorCode.COMPILE, target.location(),
                            "with keyword replacing built-in function: replacement of \"" + name + "\" invalid");
                    return null;
                }
                if (name.startsWith("internal.")) {
                    ctx.error(ErrorCode.COMPILE, target.location(),
                            "with keyword replacing built-in function: replacement of internal function \"" + name
                                    + "\" invalid");
                    return null;
                }
                if (b.relation()) {
                    ctx.error(ErrorCode.COMPILE, target.location(),
                            "with keyword replacing built-in function: target must not be a relation");
                    return null;
                }
                if (b.voidResult()) {
                    ctx.error(ErrorCode.COMPILE, target.location(),
                            "with keyword replacing built-in function: target must not be a void function");
                    return null;
                }
                if (isFunctionValue(ctx, version, value)) {
                    return arityMismatch(ctx, version, target, value) ? null : Boolean.FALSE;
                }
                return TermRewrites.requiresEval(value);
            }
        }
        ctx.error(ErrorCode.TYPE, target.location(),
                "with keyword target must reference existing input, data, or a function");
        return null;
    }

    /**
     * A function replaced by a function of another arity is OPA's type error ({@code data.p.f: arity
     * mismatch}); the planner could not call the replacement with the target's arguments.
     */
    private static boolean arityMismatch(CompileContext ctx, RegoVersion version, Term target, Term value) {
        int want = functionArity(ctx, version, target);
        int have = functionArity(ctx, version, value);
        if (want < 0 || have < 0 || want == have) {
            return false;
        }
        ctx.error(ErrorCode.TYPE, target.location(), target + ": arity mismatch: the replacement " + value
                + " takes " + arguments(have) + ", " + target + " takes " + arguments(want));
        return true;
    }

    private static String arguments(int n) {
        return n == 1 ? "1 argument" : n + " arguments";
    }

    /** The arity of the function {@code t} names (a rule function or a built-in), or -1 when it names none. */
    private static int functionArity(CompileContext ctx, RegoVersion version, Term t) {
        if (!(t instanceof Ref r)) {
            return -1;
        }
        int rules = ctx.ruleIndex().arity(r);
        if (rules > 0) {
            return rules;
        }
        Builtin b = CompileContext.builtin(r.toString(), version);
        return b == null || b.variadic() ? -1 : b.arity();
    }

    private static boolean isFunctionValue(CompileContext ctx, RegoVersion version, Term value) {
        if (value instanceof Ref r) {
            return ctx.ruleIndex().find(r) != null || CompileContext.builtin(r.toString(), version) != null;
        }
        return value instanceof Var v && CompileContext.builtin(v.name(), version) != null;
    }
}
