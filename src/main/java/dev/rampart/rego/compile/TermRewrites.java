package dev.rampart.rego.compile;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Head;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import dev.rampart.rego.ast.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Small rewrites OPA makes before its safety check, so that heads and comprehension terms only hold
 * variables and constants: stages "RewritePrintCalls" (erasing {@code print} when disabled),
 * "RewriteComprehensionTerms" and "RewriteRefsInHead".
 */
final class TermRewrites {

    private TermRewrites() {}

    /** True when evaluating the term needs more than its constants: it holds a ref, a call or a comprehension. */
    static boolean requiresEval(Term t) {
        if (t == null) {
            return false;
        }
        boolean[] found = {false};
        Walk.terms(t, x -> {
            if (x instanceof Ref || x instanceof ArrayComprehension || x instanceof SetComprehension
                    || x instanceof ObjectComprehension) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** Removes {@code print(…)} calls (OPA erases them unless print statements are enabled). */
    static void erasePrintCalls(CompileContext ctx) {
        if (!ctx.enablePrint()) {
            ctx.mapRules(printEraser()::rule);
        }
    }

    static AstRewriter printEraser() {
        return new AstRewriter() {
            @Override
            List<Expr> body(List<Expr> body) {
                List<Expr> out = new ArrayList<>();
                for (Expr e : super.body(body)) {
                    if (!(e.form() instanceof CallExpr c && c.operator().toString().equals("print"))) {
                        out.add(e);
                    }
                }
                if (out.isEmpty()) {
                    Location at = body.isEmpty() ? Location.NONE : body.get(0).location();
                    out.add(Expr.of(new TermExpr(new BooleanTerm(true, at)), at));
                }
                return out;
            }
        };
    }

    /** {@code [x[0] | …]} becomes {@code [__localN__ | …; __localN__ = x[0]]}. */
    static void comprehensionTerms(CompileContext ctx) {
        ctx.mapRules(comprehensionRewriter(ctx)::rule);
    }

    static AstRewriter comprehensionRewriter(CompileContext ctx) {
        return new AstRewriter() {
            @Override
            Term term(Term t) {
                Term r = super.term(t);
                switch (r) {
                    case ArrayComprehension c -> {
                        if (requiresEval(c.term())) {
                            List<Expr> body = new ArrayList<>(c.body());
                            Var v = bind(ctx, c.term(), body);
                            return new ArrayComprehension(v, body, c.location());
                        }
                    }
                    case SetComprehension c -> {
                        if (requiresEval(c.term())) {
                            List<Expr> body = new ArrayList<>(c.body());
                            Var v = bind(ctx, c.term(), body);
                            return new SetComprehension(v, body, c.location());
                        }
                    }
                    case ObjectComprehension c -> {
                        if (requiresEval(c.key()) || requiresEval(c.value())) {
                            List<Expr> body = new ArrayList<>(c.body());
                            Term k = requiresEval(c.key()) ? bind(ctx, c.key(), body) : c.key();
                            Term v = requiresEval(c.value()) ? bind(ctx, c.value(), body) : c.value();
                            return new ObjectComprehension(k, v, body, c.location());
                        }
                    }
                    default -> { }
                }
                return r;
            }
        };
    }

    /** Head keys, values and arguments that need evaluation move into the body as {@code __localN__ = term}. */
    static void refsInHead(CompileContext ctx) {
        ctx.mapRules(r -> refsInHead(ctx, r));
    }

    private static Rule refsInHead(CompileContext ctx, Rule r) {
        Head h = r.head();
        List<Expr> body = new ArrayList<>(r.body());
        Term key = requiresEval(h.key()) ? bind(ctx, h.key(), body) : h.key();
        Term value = requiresEval(h.value()) ? bind(ctx, h.value(), body) : h.value();
        List<Term> args = new ArrayList<>();
        for (Term a : h.args()) {
            args.add(requiresEval(a) ? bind(ctx, a, body) : a);
        }
        Rule e = r.elseRule() == null ? null : refsInHead(ctx, r.elseRule());
        return new Rule(h.withTerms(args, key, value), body, e, r.isDefault(), r.location(), r.generatedBody());
    }

    /** Appends {@code v = t} (generated) to {@code body} and returns the fresh {@code v}. */
    static Var bind(CompileContext ctx, Term t, List<Expr> body) {
        Var v = ctx.freshVar(t.location());
        body.add(Expr.generatedEquality(v, t, t.location()));
        return v;
    }
}
