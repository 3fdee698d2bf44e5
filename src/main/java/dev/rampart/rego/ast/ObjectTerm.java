package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.HashSet;
import java.util.List;

/** An object literal {@code {k: v, …}}; entries keep their source order. */
public record ObjectTerm(List<Entry> entries, Location location) implements Term {

    /** One {@code key: value} pair. */
    public record Entry(Term key, Term value) {}

    public ObjectTerm {
        entries = List.copyOf(entries);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectTerm t && new HashSet<>(t.entries).equals(new HashSet<>(entries));
    }

    @Override
    public int hashCode() {
        return 31 * new HashSet<>(entries).hashCode() + 3;
    }

    @Override
    public String toString() {
        return Terms.print(this);
    }
}
