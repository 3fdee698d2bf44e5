package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;

/**
 * One expression of a body ("literal" in OPA's grammar): its form, whether it is negated with
 * {@code not}, its {@code with} modifiers, its location, and whether the compiler generated it.
 */
public record Expr(ExprForm form, boolean negated, List<With> with, Location location, boolean generated) {

    public Expr {
        with = List.copyOf(with);
    }

    /** A plain expression written by the user. */
    public static Expr of(ExprForm form, Location location) {
        return new Expr(form, false, List.of(), location, false);
    }

    /** A compiler-generated {@code left = right}. */
    public static Expr generatedEquality(Term left, Term right, Location location) {
        return new Expr(new CallExpr(Operators.ref(Operators.EQ, location), List.of(left, right)), false, List.of(),
                location, true);
    }

    public Expr withForm(ExprForm f) {
        return new Expr(f, negated, with, location, generated);
    }

    public Expr withWith(List<With> w) {
        return new Expr(form, negated, w, location, generated);
    }

    /** True for {@code a = b}. */
    public boolean isEquality() {
        return isOperator(Operators.EQ, 2);
    }

    /** True for {@code a := b}. */
    public boolean isAssignment() {
        return isOperator(Operators.ASSIGN, 2);
    }

    private boolean isOperator(String name, int operands) {
        return form instanceof CallExpr c && c.operands().size() == operands && c.operator().size() == 1
                && c.operator().head() instanceof Var v && v.name().equals(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expr e && e.negated == negated && e.form.equals(form) && e.with.equals(with);
    }

    @Override
    public int hashCode() {
        return 31 * form.hashCode() + (negated ? 1 : 0) + 7 * with.hashCode();
    }

    @Override
    public String toString() {
        return Terms.print(this);
    }
}
