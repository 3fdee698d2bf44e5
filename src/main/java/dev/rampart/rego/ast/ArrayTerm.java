package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;

/** An array literal {@code [a, b]}. */
public record ArrayTerm(List<Term> elements, Location location) implements Term {
    public ArrayTerm {
        elements = List.copyOf(elements);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayTerm a && a.elements.equals(elements);
    }

    @Override
    public int hashCode() {
        return 31 * elements.hashCode() + 1;
    }

    @Override
    public String toString() {
        return Terms.print(this);
    }
}
