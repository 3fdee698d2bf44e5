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
import dev.rampart.rego.ast.SomeDecl;
import dev.rampart.rego.ast.SomeIn;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ast.With;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects variable names, with OPA's options for which parts to skip.
 *
 * @param skipRefHead     skip the first term of refs
 * @param skipCallOperator skip the operator of calls ({@code f} in {@code f(x)})
 * @param skipClosures    skip comprehensions and {@code every} key, value and body
 * @param skipSets        skip set literals
 * @param skipObjectKeys  skip object keys
 */
record VarVisitor(boolean skipRefHead, boolean skipCallOperator, boolean skipClosures, boolean skipSets,
        boolean skipObjectKeys) {

    /** Every variable. */
    static final VarVisitor ALL = new VarVisitor(false, false, false, false, false);
    /** OPA's parameters for safety checks: call operators and closures are skipped. */
    static final VarVisitor SAFETY = new VarVisitor(false, true, true, false, false);
    /** Parameters for the input/output split of call arguments. */
    static final VarVisitor CALL_ARGS = new VarVisitor(true, true, true, true, true);
    /** Parameters for "mark everything safe" in unification. */
    static final VarVisitor UNIFY = new VarVisitor(true, true, true, false, true);

    Set<String> vars(Term t) {
        Set<String> out = new LinkedHashSet<>();
        term(t, out);
        return out;
    }

    Set<String> vars(Expr e) {
        Set<String> out = new LinkedHashSet<>();
        expr(e, out);
        return out;
    }

    Set<String> vars(List<Expr> body) {
        Set<String> out = new LinkedHashSet<>();
        for (Expr e : body) {
            expr(e, out);
        }
        return out;
    }

    Set<String> varsOfTerms(List<Term> ts) {
        Set<String> out = new LinkedHashSet<>();
        for (Term t : ts) {
            term(t, out);
        }
        return out;
    }

    Set<String> vars(With w) {
        Set<String> out = new LinkedHashSet<>();
        with(w, out);
        return out;
    }

    private void with(With w, Set<String> out) {
        if (skipCallOperator) {
            // With targets and values may name functions; as OPA does, their ref heads are not variables.
            withPart(w.target(), out);
            withPart(w.value(), out);
        } else {
            term(w.target(), out);
            term(w.value(), out);
        }
    }

    void expr(Expr e, Set<String> out) {
        switch (e.form()) {
            case TermExpr t -> term(t.term(), out);
            case CallExpr c -> {
                if (!skipCallOperator) {
                    term(c.operator(), out);
                }
                for (Term t : c.operands()) {
                    term(t, out);
                }
            }
            case SomeDecl s -> s.vars().forEach(v -> out.add(v.name()));
            case SomeIn s -> {
                if (s.key() != null) {
                    term(s.key(), out);
                }
                term(s.value(), out);
                term(s.collection(), out);
            }
            case Every ev -> {
                term(ev.domain(), out);
                if (!skipClosures) {
                    if (ev.key() != null) {
                        out.add(ev.key().name());
                    }
                    out.add(ev.value().name());
                    for (Expr b : ev.body()) {
                        expr(b, out);
                    }
                }
            }
        }
        for (With w : e.with()) {
            with(w, out);
        }
    }

    private void withPart(Term t, Set<String> out) {
        if (t instanceof Ref r) {
            for (int i = 1; i < r.size(); i++) {
                term(r.get(i), out);
            }
        } else {
            term(t, out);
        }
    }

    void term(Term t, Set<String> out) {
        switch (t) {
            case Var v -> out.add(v.name());
            case Ref r -> {
                for (int i = skipRefHead ? 1 : 0; i < r.size(); i++) {
                    term(r.get(i), out);
                }
            }
            case Call c -> {
                if (!skipCallOperator) {
                    term(c.operator(), out);
                }
                for (Term a : c.args()) {
                    term(a, out);
                }
            }
            case ArrayTerm a -> a.elements().forEach(x -> term(x, out));
            case SetTerm s -> {
                if (!skipSets) {
                    s.elements().forEach(x -> term(x, out));
                }
            }
            case ObjectTerm o -> o.entries().forEach(en -> {
                if (!skipObjectKeys) {
                    term(en.key(), out);
                }
                term(en.value(), out);
            });
            case ArrayComprehension c -> {
                if (!skipClosures) {
                    term(c.term(), out);
                    c.body().forEach(b -> expr(b, out));
                }
            }
            case SetComprehension c -> {
                if (!skipClosures) {
                    term(c.term(), out);
                    c.body().forEach(b -> expr(b, out));
                }
            }
            case ObjectComprehension c -> {
                if (!skipClosures) {
                    term(c.key(), out);
                    term(c.value(), out);
                    c.body().forEach(b -> expr(b, out));
                }
            }
            default -> { }
        }
    }
}
