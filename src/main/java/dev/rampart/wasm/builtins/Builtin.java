package dev.rampart.wasm.builtins;

/**
 * A built-in function: a {@link FunctionBuiltin} gives one value (or none: undefined), a
 * {@link RelationBuiltin} such as {@code walk} gives any number of values, each a separate solution.
 */
public sealed interface Builtin permits FunctionBuiltin, RelationBuiltin {
    /** OPA's name, e.g. {@code "count"}, {@code "net.cidr_contains"}, {@code "internal.member_2"}. */
    String name();

    /** How many operands it takes (the output, if any, is not counted). */
    int arity();
}
