package dev.rampart.rego.compile;

import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Every;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ast.With;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The variables an expression binds when evaluated with some variables already bound (OPA's
 * {@code outputVarsForExpr}): variables in ref keys are bound by iteration, unification binds either side,
 * and a call binds its extra output argument once its inputs are bound.
 *
 * @param arity a function's declared arity, -1 when unknown, -2 for variadic built-ins
 */
record OutputVars(ToIntFunction<Ref> arity) {

    Set<String> ofBody(List<Expr> body, Set<String> safe) {
        Set<String> o = new HashSet<>(safe);
        for (Expr e : body) {
            o.addAll(ofExpr(e, o));
        }
        o.removeAll(safe);
        return o;
    }

    Set<String> ofExpr(Expr e, Set<String> safe) {
        if (e.negated()) {
            return Set.of();
        }
        for (With w : e.with()) {
            if (!safe.containsAll(VarVisitor.SAFETY.vars(w))) {
                return Set.of();
            }
        }
        return switch (e.form()) {
            case TermExpr t -> ofTerms(List.of(t.term()), safe);
            case CallExpr c -> {
                if (e.isEquality()) {
                    yield ofEquality(c.operands().get(0), c.operands().get(1), safe);
                }
                int ar = arity.applyAsInt(c.operator());
                if (ar < 0) {
                    yield ar == -2 ? ofTerms(c.operands(), safe) : Set.of();
                }
                yield ofCall(c.operands(), ar, safe);
            }
            case Every ev -> ofTerms(List.of(ev.domain()), safe);
            default -> Set.of();
        };
    }

    Set<String> ofEquality(Term a, Term b, Set<String> safe) {
        Set<String> output = ofTerms(List.of(a, b), safe);
        Set<String> all = new HashSet<>(safe);
        all.addAll(output);
        output.addAll(Unifier.unify(all, a, b));
        output.removeAll(safe);
        return output;
    }

    private Set<String> ofCall(List<Term> operands, int ar, Set<String> safe) {
        Set<String> output = ofTerms(operands, safe);
        if (ar >= operands.size()) {
            return output;
        }
        Set<String> inputs = VarVisitor.CALL_ARGS.varsOfTerms(operands.subList(0, ar));
        inputs.removeAll(output);
        inputs.removeAll(safe);
        if (!inputs.isEmpty()) {
            return Set.of();
        }
        output.addAll(VarVisitor.CALL_ARGS.varsOfTerms(operands.subList(ar, operands.size())));
        return output;
    }

    /** Variables bound by iterating refs whose heads are bound. */
    Set<String> ofTerms(List<Term> terms, Set<String> safe) {
        Set<String> out = new LinkedHashSet<>();
        for (Term t : terms) {
            walk(t, safe, out);
        }
        return out;
    }

    private void walk(Term t, Set<String> safe, Set<String> out) {
        switch (t) {
            case Ref r -> {
                if (!isRefSafe(r, safe)) {
                    return;
                }
                for (int i = 1; i < r.size(); i++) {
                    refKeyVars(r.get(i), out);
                }
                for (Term x : r.terms()) {
                    walk(x, safe, out);
                }
            }
            case Call c -> c.args().forEach(x -> walk(x, safe, out));
            case ArrayTerm a -> a.elements().forEach(x -> walk(x, safe, out));
            case SetTerm s -> s.elements().forEach(x -> walk(x, safe, out));
            case ObjectTerm o -> o.entries().forEach(en -> {
                walk(en.key(), safe, out);
                walk(en.value(), safe, out);
            });
            default -> { }
        }
    }

    /** Variables of a ref key that iteration binds: not inside calls or comprehensions, not nested ref heads. */
    private static void refKeyVars(Term t, Set<String> out) {
        switch (t) {
            case Var v -> out.add(v.name());
            case Ref r -> {
                for (int i = 1; i < r.size(); i++) {
                    refKeyVars(r.get(i), out);
                }
            }
            case ArrayTerm a -> a.elements().forEach(x -> refKeyVars(x, out));
            case SetTerm s -> s.elements().forEach(x -> refKeyVars(x, out));
            case ObjectTerm o -> o.entries().forEach(en -> {
                refKeyVars(en.key(), out);
                refKeyVars(en.value(), out);
            });
            default -> { }
        }
    }

    static boolean isRefSafe(Ref r, Set<String> safe) {
        Term head = r.head();
        if (head instanceof Var v) {
            return safe.contains(v.name());
        }
        if (head instanceof ArrayComprehension || head instanceof SetComprehension
                || head instanceof ObjectComprehension) {
            return true;
        }
        return safe.containsAll(VarVisitor.SAFETY.vars(head));
    }

    /** Variables used inside the comprehensions and {@code every} bodies of an expression. */
    static Set<String> closureVars(Expr e) {
        Set<String> out = new HashSet<>();
        Walk.terms(List.of(e), t -> {
            switch (t) {
                case ArrayComprehension c -> out.addAll(VarVisitor.ALL.vars(c));
                case SetComprehension c -> out.addAll(VarVisitor.ALL.vars(c));
                case ObjectComprehension c -> out.addAll(VarVisitor.ALL.vars(c));
                default -> { }
            }
        });
        Walk.exprs(List.of(e), x -> {
            if (x.form() instanceof Every ev) {
                out.addAll(VarVisitor.ALL.vars(ev.body()));
            }
        });
        return out;
    }
}
