package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;

/** {@code {term | body}}. */
public record SetComprehension(Term term, List<Expr> body, Location location) implements Term {
    public SetComprehension {
        body = List.copyOf(body);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetComprehension c && c.term.equals(term) && c.body.equals(body);
    }

    @Override
    public int hashCode() {
        return 37 * term.hashCode() + body.hashCode();
    }

    @Override
    public String toString() {
        return Terms.print(this);
    }
}
