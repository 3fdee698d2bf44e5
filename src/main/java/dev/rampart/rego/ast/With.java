package dev.rampart.rego.ast;

import dev.rampart.rego.Location;

/** {@code with target as value}: replaces part of {@code input}, {@code data} or a function while the expression runs. */
public record With(Term target, Term value, Location location) {
    @Override
    public boolean equals(Object o) {
        return o instanceof With w && w.target.equals(target) && w.value.equals(value);
    }

    @Override
    public int hashCode() {
        return 31 * target.hashCode() + value.hashCode();
    }
}
