package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NullValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;

/**
 * {@code object.get} (with a key or a path array), {@code object.keys}, {@code object.remove},
 * {@code object.filter}, {@code object.union} and {@code object.union_n}.
 */
final class ObjectBuiltins {
    private ObjectBuiltins() {}

    static void register(Registry r) {
        r.function("object.get", 3, (ctx, a) -> get(Operands.object(a[0], 1), a[1], a[2]));
        r.function("object.keys", 1, (ctx, a) -> Operands.object(a[0], 1).keySet());
        r.function("object.remove", 2, (ctx, a) -> {
            ObjectValue o = Operands.object(a[0], 1);
            SetValue keys = keys(a[1]);
            ObjectValue.Builder b = ObjectValue.builder(o.size());
            for (int i = 0; i < o.size(); i++) {
                if (!keys.contains(o.keyAt(i))) {
                    b.put(o.keyAt(i), o.valueAt(i));
                }
            }
            return b.build();
        });
        r.function("object.filter", 2, (ctx, a) -> {
            ObjectValue o = Operands.object(a[0], 1);
            SetValue keys = keys(a[1]);
            ObjectValue.Builder b = ObjectValue.builder(keys.size());
            for (Value k : keys.asList()) {
                Value v = o.get(k);
                if (v != null) {
                    b.put(k, v);
                }
            }
            return b.build();
        });
        r.function("object.union", 2, (ctx, a) -> union(Operands.object(a[0], 1), Operands.object(a[1], 2)));
        r.function("object.union_n", 1, (ctx, a) -> {
            ArrayValue objects = Operands.array(a[0], 1);
            ObjectValue result = ObjectValue.EMPTY;
            for (Value v : objects.asList()) {
                if (!(v instanceof ObjectValue o)) {
                    throw Operands.elementError(1, objects, v, "object");
                }
                result = union(result, o);
            }
            return result;
        });
    }

    /** {@code object.get}: a key, or the value at a path of keys, or the default when there is none. */
    private static Value get(ObjectValue o, Value keyOrPath, Value fallback) {
        if (!(keyOrPath instanceof ArrayValue path)) {
            Value v = o.get(keyOrPath);
            return v != null ? v : fallback;
        }
        Value node = Values.at(o, path.asList());
        return node != null ? node : fallback;
    }

    /** The keys named by an array, set or object (its keys), as OPA's {@code object.remove} takes them. */
    private static SetValue keys(Value v) {
        return switch (v) {
            case ArrayValue a -> SetValue.of(a.asList());
            case SetValue s -> s;
            case ObjectValue o -> o.keySet();
            default -> throw Operands.typeError(2, v, "object", "set", "array");
        };
    }

    /** Keys of both, {@code b}'s value winning, objects under the same key merged recursively. */
    static ObjectValue union(ObjectValue a, ObjectValue b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty() || a.equals(b)) {
            return a;
        }
        ObjectValue.Builder out = ObjectValue.builder(a.size() + b.size());
        for (int i = 0; i < a.size(); i++) {
            Value k = a.keyAt(i);
            Value mine = a.valueAt(i);
            Value theirs = b.get(k);
            if (theirs == null) {
                out.put(k, mine);
            } else if (mine instanceof ObjectValue x && theirs instanceof ObjectValue y) {
                out.put(k, union(x, y));
            } else {
                out.put(k, theirs);
            }
        }
        for (int i = 0; i < b.size(); i++) {
            if (!a.containsKey(b.keyAt(i))) {
                out.put(b.keyAt(i), b.valueAt(i));
            }
        }
        return out.build();
    }

    /**
     * Keeps the parts of {@code v} that {@code filter} names: {@code null} in the filter keeps a whole
     * subtree; object keys name object keys and set members; array positions are named by the decimal
     * string of the index ({@code "0"}), as OPA's {@code Object.Filter} does.
     */
    static Value filter(Value v, Value filter) {
        if (filter instanceof NullValue) {
            return v;
        }
        ObjectValue f = (ObjectValue) filter;
        return switch (v) {
            case ArrayValue arr -> {
                ArrayValue.Builder b = ArrayValue.builder(Math.min(arr.size(), f.size()));
                for (int i = 0; i < arr.size(); i++) {
                    Value sub = f.get(Integer.toString(i));
                    if (sub != null) {
                        b.add(filter(arr.get(i), sub));
                    }
                }
                yield b.build();
            }
            case SetValue s -> {
                SetValue.Builder b = SetValue.builder(Math.min(s.size(), f.size()));
                for (Value m : s.asList()) {
                    Value sub = f.get(m);
                    if (sub != null) {
                        b.add(filter(m, sub));
                    }
                }
                yield b.build();
            }
            case ObjectValue o -> {
                ObjectValue.Builder b = ObjectValue.builder(Math.min(o.size(), f.size()));
                for (int i = 0; i < f.size(); i++) {
                    Value mine = o.get(f.keyAt(i));
                    if (mine != null) {
                        b.put(f.keyAt(i), filter(mine, f.valueAt(i)));
                    }
                }
                yield b.build();
            }
            default -> v;
        };
    }
}
