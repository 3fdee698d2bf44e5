package dev.rampart.rego.parse;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Head;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.SomeDecl;
import dev.rampart.rego.ast.SomeIn;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import dev.rampart.rego.ast.Var;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads a bare top-level query as a rule, as OPA does: {@code p = 1}, {@code p.q.r}, {@code p[x]},
 * {@code f(x) = y}. Statements that cannot be rules give OPA's messages ("var cannot be used for rule name" …).
 */
final class BodyRules {

    private BodyRules() {}

    /** The rule, or the reason it is not one (thrown as IllegalArgumentException). */
    static Rule fromBody(List<Expr> body, Predicate<String> isBuiltin) {
        if (body.size() != 1) {
            throw new IllegalArgumentException("multiple expressions cannot be used for rule head");
        }
        Expr expr = body.get(0);
        Location at = expr.location();
        if (!expr.with().isEmpty()) {
            throw new IllegalArgumentException("expressions using with keyword cannot be used for rule head");
        }
        if (expr.negated()) {
            throw new IllegalArgumentException("negated expressions cannot be used for rule head");
        }
        switch (expr.form()) {
            case SomeDecl s -> throw new IllegalArgumentException("'some' declarations cannot be used for rule head");
            case SomeIn s -> throw new IllegalArgumentException("'some' declarations cannot be used for rule head");
            case TermExpr t -> {
                if (!(t.term() instanceof Ref ref)) {
                    throw new IllegalArgumentException(TermParser.valueName(t.term()) + " cannot be used for rule name");
                }
                requireVarHead(ref);
                if (ref.size() > 2) {
                    Head head = new Head(ref, List.of(), null, new BooleanTerm(true, at), false, false, false, true, at);
                    return rule(head, at);
                }
                if (ref.size() == 1) {
                    throw new IllegalArgumentException("refs cannot be used for rule head");
                }
                Head head = new Head(new Ref(List.of(ref.head()), ref.location()), List.of(), ref.get(1), null,
                        false, false, false, false, at);
                return rule(head, at);
            }
            case CallExpr c -> {
                if (expr.isEquality() || expr.isAssignment()) {
                    return fromEquality(c.operands().get(0), c.operands().get(1), expr.isAssignment(), at);
                }
                if (isBuiltin.test(c.operator().toString())) {
                    throw new IllegalArgumentException("rule name conflicts with built-in function");
                }
                if (c.operands().isEmpty()) {
                    throw new IllegalArgumentException("rule argument list must take at least one argument");
                }
                requireVarHead(c.operator());
                Head head = new Head(c.operator(), c.operands(), null, new BooleanTerm(true, at), false, false, false,
                        false, at);
                return rule(head, at);
            }
            default -> throw new IllegalArgumentException("expression cannot be used for rule head");
        }
    }

    private static Rule fromEquality(Term lhs, Term rhs, boolean assign, Location at) {
        if (lhs instanceof Call call) {
            requireVarHead(call.operator());
            return rule(new Head(call.operator(), call.args(), null, rhs, assign, false, false, false, at), at);
        }
        if (lhs instanceof Ref ref) {
            requireVarHead(ref);
            Term key = ref.size() == 2 ? ref.get(1) : null;
            return rule(new Head(ref, List.of(), key, rhs, assign, false, false, false, at), at);
        }
        if (lhs instanceof Var v) {
            return rule(new Head(new Ref(List.of(v), v.location()), List.of(), null, rhs, assign, false, false, false,
                    at), at);
        }
        throw new IllegalArgumentException(TermParser.valueName(lhs) + " cannot be used for rule name");
    }

    private static void requireVarHead(Ref ref) {
        if (!(ref.head() instanceof Var)) {
            throw new IllegalArgumentException("invalid rule head: " + ref);
        }
    }

    private static Rule rule(Head head, Location at) {
        return new Rule(head, List.of(Parser.trueExpr(at)), null, false, at, true);
    }
}
