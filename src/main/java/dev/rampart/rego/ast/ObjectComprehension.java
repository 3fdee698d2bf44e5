package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;

/** {@code {key: value | body}}. */
public record ObjectComprehension(Term key, Term value, List<Expr> body, Location location) implements Term {
    public ObjectComprehension {
        body = List.copyOf(body);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectComprehension c && c.key.equals(key) && c.value.equals(value)
                && c.body.equals(body);
    }

    @Override
    public int hashCode() {
        return 41 * (31 * key.hashCode() + value.hashCode()) + body.hashCode();
    }

    @Override
    public String toString() {
        return Terms.print(this);
    }
}
