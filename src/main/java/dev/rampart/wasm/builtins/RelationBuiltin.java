package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.Value;
import java.util.List;
import java.util.Objects;

/**
 * A built-in that relates its operands to any number of values, each one a solution the caller
 * iterates (OPA's {@code walk} gives one {@code [path, value]} pair per node).
 *
 * @param name OPA's name of the built-in
 * @param arity the number of operands
 * @param body the implementation
 */
public record RelationBuiltin(String name, int arity, Body body) implements Builtin {
    /** An implementation: every result, in OPA's order; empty when there is none. */
    @FunctionalInterface
    public interface Body {
        List<Value> apply(BuiltinContext ctx, Value[] args);
    }

    public RelationBuiltin {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
    }

    /**
     * Calls the built-in.
     *
     * @return every solution in order (empty: undefined)
     * @throws BuiltinError when the built-in fails
     */
    public List<Value> call(BuiltinContext ctx, Value... args) {
        Dispatch.checkArity(name, arity, args);
        try {
            return body.apply(ctx, args);
        } catch (BuiltinError e) {
            throw e.from(name);
        }
    }
}
