package dev.rampart.rego.ast;

/** The syntax rules a module was parsed with. */
public enum RegoVersion {
    /** Rego v0 (OPA before 1.0); future keywords must be imported. */
    V0,
    /** A v0 module that imports {@code rego.v1}: v1 keywords and v1 strictness apply. */
    V0_COMPAT_V1,
    /** Rego v1 (OPA 1.0 and later). */
    V1;

    /** True when v1 strictness checks (if/contains required, no root-document shadowing …) apply. */
    public boolean v1Compatible() {
        return this != V0;
    }
}
