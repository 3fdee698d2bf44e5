package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.Value;
import java.util.Objects;

/**
 * A built-in that maps its operands to at most one value.
 *
 * @param name OPA's name of the built-in
 * @param arity the number of operands
 * @param body the implementation
 */
public record FunctionBuiltin(String name, int arity, Body body) implements Builtin {
    /** An implementation: the result, or null when the call is undefined. */
    @FunctionalInterface
    public interface Body {
        Value apply(BuiltinContext ctx, Value[] args);
    }

    public FunctionBuiltin {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }

    /**
     * Calls the built-in. Operands are never null (undefined operands make the caller skip the call).
     *
     * @return the result, or null when the call is undefined
     * @throws BuiltinError when the built-in fails; see {@link BuiltinError} for what that should do
     */
    public Value call(BuiltinContext ctx, Value... args) {
        Dispatch.checkArity(name, arity, args);
        try {
            return body.apply(ctx, args);
        } catch (BuiltinError e) {
            throw e.from(name);
        }
    }
}
