package dev.rampart.rego.ast;

import dev.rampart.rego.Location;

/**
 * A variable. The parser names each {@code _} uniquely ({@code $0}, {@code $1} …, as OPA does) and the
 * compiler renames local variables to {@code __localN__}; both count as generated names.
 */
public record Var(String name, Location location) implements Term {

    /** Prefix of the names the compiler gives to local variables it renames or introduces. */
    public static final String LOCAL_PREFIX = "__local";

    /** True for the variables the parser made from {@code _}. */
    public boolean isWildcard() {
        return name.startsWith("$");
    }

    /** True for wildcards and compiler-made locals: names a user never wrote. */
    public boolean isGenerated() {
        return isWildcard() || name.startsWith(LOCAL_PREFIX);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Var v && v.name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
