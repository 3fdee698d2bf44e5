package dev.rampart.rego.ast;

import dev.rampart.rego.Location;

/** A string literal (quoted or raw), holding its decoded value. */
public record StringTerm(String value, Location location) implements Term {
    @Override
    public boolean equals(Object o) {
        return o instanceof StringTerm s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return Terms.quote(value);
    }
}
