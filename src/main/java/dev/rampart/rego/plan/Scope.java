package dev.rampart.rego.plan;

import dev.rampart.rego.ir.Operand;

/**
 * The variables bound at a point of a body, and where their values are. Persistent: binding returns a new
 * scope, so each branch of the plan keeps its own view.
 */
final class Scope {
    static final Scope EMPTY = new Scope(null, null, null);

    private final String name;
    private final Operand value;
    private final Scope parent;

    private Scope(String name, Operand value, Scope parent) {
        this.name = name;
        this.value = value;
        this.parent = parent;
    }

    Scope bind(String var, Operand op) {
        return new Scope(var, op, this);
    }

    /** The operand bound to {@code var}, or null when it is unbound. */
    Operand lookup(String var) {
        for (Scope s = this; s != null && s.name != null; s = s.parent) {
            if (s.name.equals(var)) {
                return s.value;
            }
        }
        return null;
    }

    boolean isBound(String var) {
        return lookup(var) != null;
    }
}
