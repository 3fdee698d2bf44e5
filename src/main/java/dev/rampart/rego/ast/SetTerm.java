package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.HashSet;
import java.util.List;

/** A set literal {@code {a, b}} or {@code set()}; elements keep their source order. */
public record SetTerm(List<Term> elements, Location location) implements Term {
    public SetTerm {
        elements = List.copyOf(elements);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SetTerm s && new HashSet<>(s.elements).equals(new HashSet<>(elements));
    }

    @Override
    public int hashCode() {
        return 31 * new HashSet<>(elements).hashCode() + 2;
    }

    @Override
    public String toString() {
        return Terms.print(this);
    }
}
