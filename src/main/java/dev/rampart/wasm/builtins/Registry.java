package dev.rampart.wasm.builtins;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects the built-ins of each family while {@link Builtins} is initialised. */
final class Registry {
    private final Map<String, Builtin> builtins = new LinkedHashMap<>();

    void function(String name, int arity, FunctionBuiltin.Body body) {
        add(new FunctionBuiltin(name, arity, body));
    }

    void relation(String name, int arity, RelationBuiltin.Body body) {
        add(new RelationBuiltin(name, arity, body));
    }

    private void add(Builtin b) {
        if (builtins.putIfAbsent(b.name(), b) != null) {
            throw new IllegalStateException("built-in registered twice: " + b.name());
        }
    }

    Map<String, Builtin> all() {
        return builtins;
    }
}
