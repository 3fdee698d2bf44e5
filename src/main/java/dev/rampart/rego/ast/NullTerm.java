package dev.rampart.rego.ast;

import dev.rampart.rego.Location;

/** The {@code null} literal. */
public record NullTerm(Location location) implements Term {
    @Override
    public boolean equals(Object o) {
        return o instanceof NullTerm;
    }

    @Override
    public int hashCode() {
        return 0x6e756c6c;
    }

    @Override
    public String toString() {
        return "null";
    }
}
