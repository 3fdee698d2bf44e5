package dev.rampart.rego.compile;

import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Every;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.ExprForm;
import dev.rampart.rego.ast.Head;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.SomeDecl;
import dev.rampart.rego.ast.SomeIn;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ast.With;
import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the immutable AST bottom-up. Each method returns its node unchanged by default after rebuilding
 * the children; stages override the methods for the nodes they rewrite and call {@code super} to recurse.
 */
abstract class AstRewriter {

    Rule rule(Rule r) {
        Head h = head(r.head());
        List<Expr> b = body(r.body());
        Rule e = r.elseRule() == null ? null : rule(r.elseRule());
        return new Rule(h, b, e, r.isDefault(), r.location(), r.generatedBody());
    }

    Head head(Head h) {
        Ref ref = (Ref) term(h.ref());
        List<Term> args = terms(h.args());
        Term key = h.key() == null ? null : term(h.key());
        Term value = h.value() == null ? null : term(h.value());
        return new Head(ref, args, key, value, h.assign(), h.usesIf(), h.usesContains(), h.generatedValue(),
                h.location());
    }

    List<Expr> body(List<Expr> body) {
        List<Expr> out = new ArrayList<>(body.size());
        for (Expr e : body) {
            out.add(expr(e));
        }
        return out;
    }

    Expr expr(Expr e) {
        ExprForm f = form(e.form());
        List<With> with = new ArrayList<>(e.with().size());
        for (With w : e.with()) {
            with.add(new With(term(w.target()), term(w.value()), w.location()));
        }
        return new Expr(f, e.negated(), with, e.location(), e.generated());
    }

    ExprForm form(ExprForm f) {
        return switch (f) {
            case TermExpr t -> new TermExpr(term(t.term()));
            case CallExpr c -> new CallExpr((Ref) operator(c.operator()), terms(c.operands()));
            case SomeDecl s -> s;
            case SomeIn s -> new SomeIn(s.key() == null ? null : term(s.key()), term(s.value()), term(s.collection()));
            case Every ev -> new Every(ev.key() == null ? null : (Var) term(ev.key()), (Var) term(ev.value()),
                    term(ev.domain()), body(ev.body()));
        };
    }

    /** The operator of a call; by default left as is (built-in names are not variables). */
    Term operator(Ref op) {
        return op;
    }

    List<Term> terms(List<Term> ts) {
        List<Term> out = new ArrayList<>(ts.size());
        for (Term t : ts) {
            out.add(term(t));
        }
        return out;
    }

    Term term(Term t) {
        return switch (t) {
            case Ref r -> new Ref(terms(r.terms()), r.location());
            case Call c -> new Call((Ref) operator(c.operator()), terms(c.args()), c.location());
            case ArrayTerm a -> new ArrayTerm(terms(a.elements()), a.location());
            case SetTerm s -> new SetTerm(terms(s.elements()), s.location());
            case ObjectTerm o -> {
                List<ObjectTerm.Entry> es = new ArrayList<>(o.entries().size());
                for (ObjectTerm.Entry en : o.entries()) {
                    es.add(new ObjectTerm.Entry(term(en.key()), term(en.value())));
                }
                yield new ObjectTerm(es, o.location());
            }
            case ArrayComprehension c -> new ArrayComprehension(term(c.term()), body(c.body()), c.location());
            case SetComprehension c -> new SetComprehension(term(c.term()), body(c.body()), c.location());
            case ObjectComprehension c ->
                    new ObjectComprehension(term(c.key()), term(c.value()), body(c.body()), c.location());
            default -> t;
        };
    }
}
