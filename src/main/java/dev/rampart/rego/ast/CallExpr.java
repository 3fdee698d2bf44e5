package dev.rampart.rego.ast;

import java.util.List;

/**
 * A call in expression position: {@code f(a, b)}, an operator such as {@code a = b} (operator {@code eq}),
 * {@code a := b} ({@code assign}), {@code a == b} ({@code equal}), {@code x in xs}
 * ({@code internal.member_2}), or a built-in with its output as last operand ({@code count(xs, n)}).
 */
public record CallExpr(Ref operator, List<Term> operands) implements ExprForm {
    public CallExpr {
        operands = List.copyOf(operands);
    }

    /** The operator's name as written or resolved, e.g. {@code eq}, {@code count}, {@code data.pkg.f}. */
    public String name() {
        return operator.toString();
    }
}
