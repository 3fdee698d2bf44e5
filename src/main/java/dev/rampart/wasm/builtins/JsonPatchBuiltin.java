package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.util.List;

/**
 * {@code json.patch}: RFC 6902 operations ({@code add}, {@code remove}, {@code replace}, {@code move},
 * {@code copy}, {@code test}) applied in order. Paths are JSON pointers or arrays of segments; a set is
 * addressed by its members (adding to a set needs the path's last segment to equal the value). As in OPA,
 * a patch that cannot be applied makes the call undefined rather than failing, and so does removing the
 * whole document.
 */
final class JsonPatchBuiltin {
    private JsonPatchBuiltin() {}

    static void register(Registry r) {
        r.function("json.patch", 2, (ctx, a) -> {
            ArrayValue operations = Operands.array(a[1], 2);
            try {
                Value doc = a[0];
                for (Value op : operations.asList()) {
                    doc = apply(doc, op);
                }
                return doc;
            } catch (PatchFailure e) {
                return null;
            }
        });
    }

    /** A patch that does not apply; OPA answers undefined, so this never leaves the built-in. */
    private static final class PatchFailure extends RuntimeException {
        PatchFailure(String message) {
            super(message, null, false, false);
        }
    }

    private static Value apply(Value doc, Value operation) {
        if (!(operation instanceof ObjectValue op)) {
            throw new PatchFailure("must be an array of JSON-Patch objects");
        }
        String kind = attribute(op, "op") instanceof StringValue s ? s.value() : null;
        if (kind == null || !List.of("add", "remove", "replace", "move", "copy", "test").contains(kind)) {
            throw new PatchFailure("unrecognized op");
        }
        List<Value> path = path(attribute(op, "path"));
        return switch (kind) {
            case "add" -> insert(doc, path, attribute(op, "value"));
            case "remove" -> delete(doc, path);
            case "replace" -> insert(delete(doc, path), path, attribute(op, "value"));
            case "move" -> {
                List<Value> from = path(attribute(op, "from"));
                Value chunk = find(doc, from);
                yield insert(delete(doc, from), path, chunk);
            }
            case "copy" -> insert(doc, path, find(doc, path(attribute(op, "from"))));
            default -> {
                if (!find(doc, path).equals(attribute(op, "value"))) {
                    throw new PatchFailure("test failed");
                }
                yield doc;
            }
        };
    }

    private static Value attribute(ObjectValue op, String name) {
        Value v = op.get(name);
        if (v == null) {
            throw new PatchFailure("missing '" + name + "' attribute");
        }
        return v;
    }

    private static List<Value> path(Value p) {
        if (!(p instanceof StringValue) && !(p instanceof ArrayValue)) {
            throw new PatchFailure("invalid path");
        }
        return JsonPathBuiltins.parsePath(p);
    }

    // The whole document after "remove" at the root; nothing can be read from it.
    private static final Value REMOVED = null;

    private static Value find(Value doc, List<Value> path) {
        Value node = doc;
        for (Value key : path) {
            node = child(node, key);
        }
        if (node == REMOVED) {
            throw new PatchFailure("path not found");
        }
        return node;
    }

    private static Value child(Value node, Value key) {
        Value c = switch (node) {
            case ObjectValue o -> o.get(key);
            case ArrayValue a -> {
                int i = index(key, a.size(), false);
                yield i < a.size() ? a.get(i) : null;
            }
            case SetValue s -> s.contains(key) ? key : null;
            case null, default -> null;
        };
        if (c == null) {
            throw new PatchFailure("path not found");
        }
        return c;
    }

    private static Value insert(Value doc, List<Value> path, Value value) {
        if (path.isEmpty()) {
            return value;
        }
        if (doc == REMOVED) {
            throw new PatchFailure("document was removed");
        }
        Value key = path.getFirst();
        List<Value> rest = path.subList(1, path.size());
        return switch (doc) {
            case ObjectValue o -> o.with(key, rest.isEmpty() ? value : insert(existing(o.get(key)), rest, value));
            case ArrayValue a -> {
                if (rest.isEmpty()) {
                    int i = index(key, a.size(), true);
                    ArrayValue.Builder b = ArrayValue.builder(a.size() + 1);
                    for (int j = 0; j < a.size(); j++) {
                        if (j == i) {
                            b.add(value);
                        }
                        b.add(a.get(j));
                    }
                    if (i == a.size()) {
                        b.add(value);
                    }
                    yield b.build();
                }
                int i = index(key, a.size(), false);
                yield replaceElement(a, i, insert(a.get(i), rest, value));
            }
            case SetValue s -> {
                if (rest.isEmpty()) {
                    if (!key.equals(value)) {
                        throw new PatchFailure("a set member is addressed by its own value");
                    }
                    yield s.union(SetValue.of(value));
                }
                Value member = child(s, key);
                Value changed = insert(member, rest, value);
                yield s.difference(SetValue.of(member)).union(SetValue.of(changed));
            }
            default -> throw new PatchFailure("cannot add below a " + doc.typeName());
        };
    }

    private static Value delete(Value doc, List<Value> path) {
        if (doc == REMOVED) {
            throw new PatchFailure("document was removed");
        }
        if (path.isEmpty()) {
            return REMOVED;
        }
        Value key = path.getFirst();
        List<Value> rest = path.subList(1, path.size());
        Value c = child(doc, key);
        return switch (doc) {
            case ObjectValue o -> rest.isEmpty() ? o.without(key) : o.with(key, existing(delete(c, rest)));
            case ArrayValue a -> {
                int i = index(key, a.size(), false);
                if (!rest.isEmpty()) {
                    yield replaceElement(a, i, existing(delete(c, rest)));
                }
                ArrayValue.Builder b = ArrayValue.builder(a.size());
                for (int j = 0; j < a.size(); j++) {
                    if (j != i) {
                        b.add(a.get(j));
                    }
                }
                yield b.build();
            }
            case SetValue s -> {
                SetValue without = s.difference(SetValue.of(c));
                yield rest.isEmpty() ? without : without.union(SetValue.of(existing(delete(c, rest))));
            }
            default -> throw new PatchFailure("cannot remove below a " + doc.typeName());
        };
    }

    private static Value existing(Value v) {
        if (v == null) {
            throw new PatchFailure("path not found");
        }
        return v;
    }

    private static ArrayValue replaceElement(ArrayValue a, int i, Value v) {
        ArrayValue.Builder b = ArrayValue.builder(a.size());
        for (int j = 0; j < a.size(); j++) {
            b.add(j == i ? v : a.get(j));
        }
        return b.build();
    }

    /**
     * An array position: a decimal string without leading zeros or a number written as an integer; "-"
     * is one past the end and only where a value is being added.
     */
    private static int index(Value key, int size, boolean adding) {
        long i;
        if (key instanceof StringValue s) {
            String t = s.value();
            if (t.equals("-")) {
                if (!adding) {
                    throw new PatchFailure("'-' only names the end of an array when adding");
                }
                return size;
            }
            if (t.isEmpty() || t.length() > 18 || !t.chars().allMatch(Character::isDigit) || (t.length() > 1 && t.charAt(0) == '0')) {
                throw new PatchFailure("invalid array index");
            }
            i = Long.parseLong(t);
        } else if (key instanceof NumberValue n && n.hasIntegerForm()) {
            i = n.longValue();
        } else {
            throw new PatchFailure("invalid array index");
        }
        if (i < 0 || i > size || (i == size && !adding)) {
            throw new PatchFailure("array index out of range");
        }
        return (int) i;
    }
}
