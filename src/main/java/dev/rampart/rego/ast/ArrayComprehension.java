package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;

/** {@code [term | body]}. */
public record ArrayComprehension(Term term, List<Expr> body, Location location) implements Term {
    public ArrayComprehension {
        body = List.copyOf(body);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayComprehension c && c.term.equals(term) && c.body.equals(body);
    }

    @Override
    public int hashCode() {
        return 31 * term.hashCode() + body.hashCode();
    }

    @Override
    public String toString() {
        return Terms.print(this);
    }
}
