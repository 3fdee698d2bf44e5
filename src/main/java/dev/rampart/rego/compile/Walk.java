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
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.SomeIn;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import dev.rampart.rego.ast.With;
import java.util.List;
import java.util.function.Consumer;

/** Read-only traversals of the AST: every expression, every term (nested bodies included). */
final class Walk {

    private Walk() {}

    /** Every expression of the rule (head and body, comprehensions and {@code every} bodies), not its else chain. */
    static void exprs(Rule r, Consumer<Expr> f) {
        new Visitor(f, t -> { }).rule(r);
    }

    /** Every expression of a body, nested ones included. */
    static void exprs(List<Expr> body, Consumer<Expr> f) {
        new Visitor(f, t -> { }).body(body);
    }

    /** Every term of the rule (head and body, nested included, call operators included), not its else chain. */
    static void terms(Rule r, Consumer<Term> f) {
        new Visitor(e -> { }, f).rule(r);
    }

    /** The terms a rule's value depends on: head arguments, key and value, and the body (not the head ref, not else). */
    static void dependencies(Rule r, Consumer<Term> f) {
        Visitor v = new Visitor(e -> { }, f);
        r.head().args().forEach(v::term);
        if (r.head().key() != null) {
            v.term(r.head().key());
        }
        if (r.head().value() != null) {
            v.term(r.head().value());
        }
        v.body(r.body());
    }

    /** Every term of a body, nested included. */
    static void terms(List<Expr> body, Consumer<Term> f) {
        new Visitor(e -> { }, f).body(body);
    }

    /** Every term below {@code t}, including {@code t}. */
    static void terms(Term t, Consumer<Term> f) {
        new Visitor(e -> { }, f).term(t);
    }

    private record Visitor(Consumer<Expr> onExpr, Consumer<Term> onTerm) {

        void rule(Rule r) {
            term(r.head().ref());
            r.head().args().forEach(this::term);
            if (r.head().key() != null) {
                term(r.head().key());
            }
            if (r.head().value() != null) {
                term(r.head().value());
            }
            body(r.body());
        }

        void body(List<Expr> body) {
            body.forEach(this::expr);
        }

        void expr(Expr e) {
            onExpr.accept(e);
            switch (e.form()) {
                case TermExpr t -> term(t.term());
                case CallExpr c -> {
                    term(c.operator());
                    c.operands().forEach(this::term);
                }
                case SomeIn s -> {
                    if (s.key() != null) {
                        term(s.key());
                    }
                    term(s.value());
                    term(s.collection());
                }
                case Every ev -> {
                    term(ev.domain());
                    body(ev.body());
                }
                default -> { }
            }
            for (With w : e.with()) {
                term(w.target());
                term(w.value());
            }
        }

        void term(Term t) {
            onTerm.accept(t);
            switch (t) {
                case Ref r -> r.terms().forEach(this::term);
                case Call c -> {
                    term(c.operator());
                    c.args().forEach(this::term);
                }
                case ArrayTerm a -> a.elements().forEach(this::term);
                case SetTerm s -> s.elements().forEach(this::term);
                case ObjectTerm o -> o.entries().forEach(en -> {
                    term(en.key());
                    term(en.value());
                });
                case ArrayComprehension c -> {
                    term(c.term());
                    body(c.body());
                }
                case SetComprehension c -> {
                    term(c.term());
                    body(c.body());
                }
                case ObjectComprehension c -> {
                    term(c.key());
                    term(c.value());
                    body(c.body());
                }
                default -> { }
            }
        }
    }
}
