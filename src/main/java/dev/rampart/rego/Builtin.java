package dev.rampart.rego;

import java.util.List;

/**
 * A built-in function as OPA declares it: its exact name, its parameter names (the arity is their number),
 * and how it may be called.
 *
 * @param name       OPA's name, e.g. {@code count}, {@code net.cidr_contains}, {@code plus} for {@code +}
 * @param params     parameter names, in order; their number is the arity
 * @param variadic   takes any number of arguments and has no output ({@code print})
 * @param relation   may produce several outputs for one input ({@code walk})
 * @param voidResult has no result value, so it cannot be used as a value ({@code print})
 * @param deprecated removed from Rego v1: unknown in v1 modules, an error in v0 modules importing {@code rego.v1}
 * @param infix      the operator spelling ({@code +}) for built-ins written as operators, else null
 */
public record Builtin(String name, List<String> params, boolean variadic, boolean relation, boolean voidResult,
        boolean deprecated, String infix) {

    public Builtin {
        params = List.copyOf(params);
    }

    /** Number of declared arguments (the output, when written as an extra argument, is not counted). */
    public int arity() {
        return params.size();
    }
}
