package dev.rampart.rego.compile;

import dev.rampart.rego.Builtin;
import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.RegoVersion;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Terms;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Stages "CheckUndefinedFuncs" (every called function exists, with the right number of arguments; a call
 * in expression position may add one output argument) and "CheckDeprecatedBuiltins".
 */
final class FunctionCalls {

    private FunctionCalls() {}

    static void undefined(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            for (Rule rule : m.rules()) {
                for (Rule r = rule; r != null; r = r.elseRule()) {
                    checkRule(ctx, m.version(), r);
                }
            }
        }
    }

    static void checkRule(CompileContext ctx, RegoVersion version, Rule r) {
        Walk.exprs(r, e -> checkExpr(ctx, version, e));
        Walk.terms(r, t -> {
            if (t instanceof Call c) {
                check(ctx, version, c.operator(), c.args(), false, c.location());
            }
        });
    }

    static void checkBody(CompileContext ctx, RegoVersion version, List<Expr> body) {
        Walk.exprs(body, e -> checkExpr(ctx, version, e));
        Walk.terms(body, t -> {
            if (t instanceof Call c) {
                check(ctx, version, c.operator(), c.args(), false, c.location());
            }
        });
    }

    private static void checkExpr(CompileContext ctx, RegoVersion version, Expr e) {
        if (e.form() instanceof CallExpr c) {
            check(ctx, version, c.operator(), c.operands(), true, e.location());
        }
    }

    private static void check(CompileContext ctx, RegoVersion version, Ref op, List<Term> args, boolean mayHaveOutput,
            Location at) {
        int arity = ctx.arity(op, version);
        String name = ctx.originalRefString(op);
        if (arity == -1) {
            ctx.error(ErrorCode.TYPE, at, "undefined function " + name);
            return;
        }
        if (arity == -2) {
            return;
        }
        int n = args.size();
        if (n == arity || (mayHaveOutput && n == arity + 1)) {
            return;
        }
        Builtin b = CompileContext.builtin(op.toString(), version);
        int got = n;
        if (b != null) {
            String have = args.stream().map(FunctionCalls::typeOf).collect(Collectors.joining(", "));
            String want = String.join(", ", b.params());
            ctx.error(ErrorCode.TYPE, at, name + ": arity mismatch\n\thave: (" + have + ")\n\twant: (" + want + ")");
        } else {
            ctx.error(ErrorCode.TYPE, at, "function " + name + " has arity " + arity + ", got " + got + " argument"
                    + (got == 1 ? "" : "s"));
        }
    }

    private static String typeOf(Term t) {
        return t.isGround() ? Terms.typeName(t) : "any";
    }

    /** In v0 modules that import {@code rego.v1}, calling a deprecated built-in is an error. */
    static void deprecated(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            if (m.version() != RegoVersion.V0_COMPAT_V1) {
                continue;
            }
            for (Rule rule : m.rules()) {
                for (Rule r = rule; r != null; r = r.elseRule()) {
                    Walk.exprs(r, e -> {
                        if (e.form() instanceof CallExpr c) {
                            deprecatedCall(ctx, c.operator(), e.location());
                        }
                    });
                    Walk.terms(r, t -> {
                        if (t instanceof Call c) {
                            deprecatedCall(ctx, c.operator(), c.location());
                        }
                    });
                }
            }
        }
    }

    private static void deprecatedCall(CompileContext ctx, Ref op, Location at) {
        Builtin b = CompileContext.builtin(op.toString(), RegoVersion.V0);
        if (b != null && b.deprecated()) {
            ctx.error(ErrorCode.TYPE, at, "deprecated built-in function calls in expression: " + b.name());
        }
    }
}
