package dev.rampart.rego.ast;

import dev.rampart.rego.Location;

/** {@code true} or {@code false}. */
public record BooleanTerm(boolean value, Location location) implements Term {
    @Override
    public boolean equals(Object o) {
        return o instanceof BooleanTerm b && b.value == value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
