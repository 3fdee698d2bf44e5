package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NullValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code json.filter} and {@code json.remove}: keep or drop the parts of an object named by paths, each
 * a JSON pointer string ({@code "a/b/0"}, {@code ~1} for "/" and {@code ~0} for "~") or an array of
 * path segments ({@code ["a", "b", 0]}).
 */
final class JsonPathBuiltins {
    private JsonPathBuiltins() {}

    static void register(Registry r) {
        r.function("json.filter", 2, (ctx, a) -> {
            ObjectValue o = Operands.object(a[0], 1);
            return ObjectBuiltins.filter(o, pathsToObject(paths(a[1])));
        });
        r.function("json.remove", 2, (ctx, a) -> {
            ObjectValue o = Operands.object(a[0], 1);
            return remove(o, pathsToObject(paths(a[1])));
        });
    }

    /** The paths in a set or array of paths. */
    static List<List<Value>> paths(Value v) {
        List<Value> items = switch (v) {
            case ArrayValue arr -> arr.asList();
            case SetValue s -> s.asList();
            default -> throw Operands.typeError(2, v, "set", "array");
        };
        List<List<Value>> out = new ArrayList<>(items.size());
        for (Value p : items) {
            out.add(parsePath(p));
        }
        return out;
    }

    /** One path: a JSON pointer string or an array of segments. */
    static List<Value> parsePath(Value p) {
        return switch (p) {
            case StringValue s -> pointer(s.value());
            case ArrayValue arr -> arr.asList();
            default -> throw Operands.operandError(2,
                    "must be one of {set, array} containing string paths or array of path segments but got "
                            + p.typeName());
        };
    }

    private static List<Value> pointer(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        int start = 0;
        while (start < s.length() && s.charAt(start) == '/') {
            start++;
        }
        List<Value> segments = new ArrayList<>();
        for (String part : s.substring(start).split("/", -1)) {
            segments.add(StringValue.of(part.replace("~1", "/").replace("~0", "~")));
        }
        return segments;
    }

    /** The paths as a tree of objects with {@code null} leaves: {@code a/b, c} is {@code {"a": {"b": null}, "c": null}}. */
    static ObjectValue pathsToObject(List<List<Value>> paths) {
        Node root = new Node();
        for (List<Value> path : paths) {
            if (path.isEmpty()) {
                continue;
            }
            Node node = root;
            boolean covered = false;
            for (int i = 0; i < path.size() - 1 && !covered; i++) {
                Node child = node.children.get(path.get(i));
                if (child == null) {
                    child = new Node();
                    node.children.put(path.get(i), child);
                } else if (child.leaf) {
                    covered = true; // a shorter path already takes the whole subtree
                }
                node = child;
            }
            if (!covered) {
                Node leaf = new Node();
                leaf.leaf = true;
                node.children.put(path.getLast(), leaf);
            }
        }
        return (ObjectValue) root.toValue();
    }

    private static final class Node {
        final Map<Value, Node> children = new LinkedHashMap<>();
        boolean leaf;

        Value toValue() {
            if (leaf) {
                return NullValue.INSTANCE;
            }
            ObjectValue.Builder b = ObjectValue.builder(children.size());
            children.forEach((k, n) -> b.put(k, n.toValue()));
            return b.build();
        }
    }

    /** {@code v} without the parts that {@code paths}' {@code null} leaves name (array indexes as strings). */
    static Value remove(Value v, Value paths) {
        if (!(paths instanceof ObjectValue p)) {
            return v;
        }
        return switch (v) {
            case ObjectValue o -> {
                ObjectValue.Builder b = ObjectValue.builder(o.size());
                for (int i = 0; i < o.size(); i++) {
                    Value kept = removeChild(o.valueAt(i), p.get(o.keyAt(i)));
                    if (kept != null) {
                        b.put(o.keyAt(i), kept);
                    }
                }
                yield b.build();
            }
            case SetValue s -> {
                SetValue.Builder b = SetValue.builder(s.size());
                for (Value m : s.asList()) {
                    Value kept = removeChild(m, p.get(m));
                    if (kept != null) {
                        b.add(kept);
                    }
                }
                yield b.build();
            }
            case ArrayValue arr -> {
                ArrayValue.Builder b = ArrayValue.builder(arr.size());
                for (int i = 0; i < arr.size(); i++) {
                    Value kept = removeChild(arr.get(i), p.get(Integer.toString(i)));
                    if (kept != null) {
                        b.add(kept);
                    }
                }
                yield b.build();
            }
            default -> v;
        };
    }

    // null when the path ends here (drop the value), the value with its own removals otherwise.
    private static Value removeChild(Value child, Value subPaths) {
        if (subPaths == null) {
            return child;
        }
        if (subPaths instanceof NullValue) {
            return null;
        }
        return remove(child, subPaths);
    }
}
