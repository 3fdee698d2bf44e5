package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code walk(x)}, a relation: one {@code [path, value]} pair per node of {@code x}, the root (path
 * {@code []}) first, then depth first with object keys in order, array indexes, and set members (a
 * member is its own key), as OPA enumerates them.
 */
final class WalkBuiltin {
    private WalkBuiltin() {}

    static void register(Registry r) {
        r.relation("walk", 1, (ctx, a) -> {
            List<Value> out = new ArrayList<>();
            walk(ctx, new ArrayList<>(), a[0], out);
            return out;
        });
    }

    private static void walk(BuiltinContext ctx, List<Value> path, Value node, List<Value> out) {
        ctx.charge((path.size() + 3) * AllocationMeter.BYTES_PER_VALUE);
        out.add(ArrayValue.of(ArrayValue.of(path), node));
        switch (node) {
            case ArrayValue arr -> {
                for (int i = 0; i < arr.size(); i++) {
                    descend(ctx, path, NumberValue.of(i), arr.get(i), out);
                }
            }
            case ObjectValue o -> {
                for (int i = 0; i < o.size(); i++) {
                    descend(ctx, path, o.keyAt(i), o.valueAt(i), out);
                }
            }
            case SetValue s -> {
                for (Value m : s.asList()) {
                    descend(ctx, path, m, m, out);
                }
            }
            default -> { }
        }
    }

    private static void descend(BuiltinContext ctx, List<Value> path, Value key, Value child, List<Value> out) {
        path.add(key);
        walk(ctx, path, child, out);
        path.removeLast();
    }
}
