package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;

/**
 * A function call used as a value, e.g. {@code count(x)} in {@code n := count(x)} or an infix operator
 * such as {@code a + b} (operator {@code plus}). The operator is a ref naming a built-in (by OPA's name)
 * or, after compilation, a user function's full path ({@code data.pkg.f}).
 */
public record Call(Ref operator, List<Term> args, Location location) implements Term {
    public Call {
        args = List.copyOf(args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Call c && c.operator.equals(operator) && c.args.equals(args);
    }

    @Override
    public int hashCode() {
        return 43 * operator.hashCode() + args.hashCode();
    }

    @Override
    public String toString() {
        return Terms.print(this);
    }
}
