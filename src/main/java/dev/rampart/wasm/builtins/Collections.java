package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.Value;

/** Lookups shared by the object and path built-ins, with OPA's rules for what an index is. */
final class Collections {
    private Collections() {}

    /**
     * {@code arr[key]}, or null: OPA only indexes arrays with numbers written as integers ({@code 1}, not
     * {@code 1.0}) inside the array's bounds.
     */
    static Value elementAt(ArrayValue arr, Value key) {
        if (key instanceof NumberValue n && n.hasIntegerForm()) {
            long i = n.longValue();
            if (i >= 0 && i < arr.size()) {
                return arr.get((int) i);
            }
        }
        return null;
    }

    /** {@code doc[key]} for an object, array or set (a set "contains" its members as keys), or null. */
    static Value child(Value doc, Value key) {
        return switch (doc) {
            case ObjectValue o -> o.get(key);
            case ArrayValue a -> elementAt(a, key);
            case SetValue s -> s.contains(key) ? key : null;
            default -> null;
        };
    }
}
