package dev.rampart.rego;

/** What a rule contributes to its document, as the planner needs to know it. */
public enum RuleKind {
    /** {@code p := v}: one value for the whole document (ground path, no arguments). */
    COMPLETE,
    /** {@code p contains x}: elements of a set. */
    PARTIAL_SET,
    /** {@code p[k] := v}: entries of an object (the path plus one key term that is not ground). */
    PARTIAL_OBJECT,
    /** {@code f(x) := v}: a function. */
    FUNCTION,
    /** A ref head with variables before its last term, e.g. {@code a[x].b := v}, or a set rule under such a ref. */
    REF_HEAD
}
