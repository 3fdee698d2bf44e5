package dev.rampart.wasm.runtime;

import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import java.util.List;

/** Whole-document operations: merging virtual documents with base data, and {@code with}'s replacement. */
final class Documents {
    private Documents() {}

    /** {@code overlay} merged into {@code base}: objects key by key, recursively; otherwise the overlay wins. */
    static Value merge(Value base, Value overlay) {
        if (!(base instanceof ObjectValue b) || !(overlay instanceof ObjectValue o)) {
            return overlay;
        }
        if (b.isEmpty()) {
            return o;
        }
        ObjectValue result = b;
        for (int i = 0; i < o.size(); i++) {
            Value k = o.keyAt(i);
            Value existing = result.get(k);
            result = result.with(k, existing == null ? o.valueAt(i) : merge(existing, o.valueAt(i)));
        }
        return result;
    }

    /**
     * A copy of {@code doc} (null: undefined) with {@code value} at {@code path} from index {@code i}; objects
     * are created where the path leads through something that is not an object.
     */
    static Value upsert(Value doc, List<Value> path, int i, Value value) {
        if (i == path.size()) {
            return value;
        }
        ObjectValue obj = doc instanceof ObjectValue o ? o : ObjectValue.EMPTY;
        Value key = path.get(i);
        return obj.with(key, upsert(obj.get(key), path, i + 1, value));
    }
}
