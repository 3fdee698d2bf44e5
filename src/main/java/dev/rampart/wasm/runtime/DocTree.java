package dev.rampart.wasm.runtime;

import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A document being built by rules with ref heads ({@code a.b[x].c := v}, {@code a[x] contains y}): nested
 * objects whose leaves are values or sets. Inserting a different value where one is, or a value where an
 * object or set is, is a conflict.
 */
final class DocTree {
    private final Map<Value, Object> entries = new LinkedHashMap<>();

    /** Thrown by {@link #insert} on a conflict; the caller names the site. */
    static final class Conflict extends RuntimeException {
        Conflict() {
            super(null, null, false, false);
        }
    }

    void insert(List<Value> path, Value value, boolean setMember) {
        DocTree node = this;
        for (int i = 0; i < path.size() - 1; i++) {
            Object child = node.entries.get(path.get(i));
            if (child == null) {
                DocTree t = new DocTree();
                node.entries.put(path.get(i), t);
                node = t;
            } else if (child instanceof DocTree t) {
                node = t;
            } else {
                throw new Conflict();
            }
        }
        Value last = path.get(path.size() - 1);
        Object existing = node.entries.get(last);
        if (setMember) {
            if (existing == null) {
                SetValue.Builder b = SetValue.builder(4);
                b.add(value);
                node.entries.put(last, b);
            } else if (existing instanceof SetValue.Builder b) {
                if (!b.contains(value)) {
                    b.add(value);
                }
            } else {
                throw new Conflict();
            }
        } else if (existing == null) {
            node.entries.put(last, value);
        } else if (!(existing instanceof Value v) || !v.equals(value)) {
            throw new Conflict();
        }
    }

    ObjectValue build() {
        ObjectValue.Builder b = ObjectValue.builder(entries.size());
        entries.forEach((k, v) -> b.put(k, switch (v) {
            case DocTree t -> t.build();
            case SetValue.Builder s -> s.build();
            case Value x -> x;
            default -> throw new IllegalStateException("unexpected " + v);
        }));
        return b.build();
    }
}
