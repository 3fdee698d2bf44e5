package dev.rampart.rego.compile;

import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Head;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage "RewriteRuleHeadRefs": head ref terms that are neither variables nor scalars ({@code p[x.y]},
 * {@code p[[1, 2]]}) become fresh variables bound in the body, so the rule tree only sees scalars and variables.
 */
final class RewriteRuleHeadRefs {

    private RewriteRuleHeadRefs() {}

    static void run(CompileContext ctx) {
        ctx.mapRules(r -> rewrite(ctx, r));
    }

    private static Rule rewrite(CompileContext ctx, Rule r) {
        Head h = r.head();
        List<Term> ref = new ArrayList<>(h.ref().terms());
        List<Expr> body = new ArrayList<>(r.body());
        Term key = h.key();
        boolean changed = false;
        for (int i = 1; i < ref.size(); i++) {
            Term t = ref.get(i);
            if (!(t instanceof Var) && !t.isScalar()) {
                Var v = ctx.freshVar(t.location());
                if (i == ref.size() - 1 && t.equals(key)) {
                    key = v;
                }
                ref.set(i, v);
                body.add(Expr.generatedEquality(v, t, t.location()));
                changed = true;
            }
        }
        Rule e = r.elseRule() == null ? null : rewrite(ctx, r.elseRule());
        if (!changed) {
            return e == r.elseRule() ? r : r.withElse(e);
        }
        Head nh = new Head(new Ref(ref, h.ref().location()), h.args(), key, h.value(), h.assign(), h.usesIf(),
                h.usesContains(), h.generatedValue(), h.location());
        return new Rule(nh, body, e, r.isDefault(), r.location(), r.generatedBody());
    }
}
