package dev.rampart.wasm.bundle;

import dev.rampart.RampartException;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the base {@code data} document from several sources (data files, a bundle's {@code data.json}, the
 * caller's data) as OPA does: objects merge key by key, recursively; two different values for the same path
 * are an error rather than one silently winning, because which file "wins" would otherwise depend on
 * command-line order.
 */
public final class DataDocuments {

    private DataDocuments() {}

    /** {@code value} placed at {@code path} below an otherwise empty document ({@code [a, b]} → {@code {a: {b: value}}}). */
    public static Value mount(List<String> path, Value value) {
        Value v = value;
        for (int i = path.size() - 1; i >= 0; i--) {
            v = ObjectValue.of(StringValue.of(path.get(i)), v);
        }
        return v;
    }

    /**
     * The deep merge of {@code a} and {@code b}. {@code aName} and {@code bName} say where each came from, for
     * the error message.
     *
     * @throws RampartException when both give a value for the same path and the values differ (and are not
     *                          both objects)
     */
    public static Value merge(Value a, Value b, String aName, String bName) {
        return merge(a, b, new ArrayList<>(), aName, bName);
    }

    private static Value merge(Value a, Value b, List<Value> path, String aName, String bName) {
        if (a == null || a == ObjectValue.EMPTY) {
            return b;
        }
        if (b == null || b == ObjectValue.EMPTY) {
            return a;
        }
        if (a instanceof ObjectValue oa && b instanceof ObjectValue ob) {
            ObjectValue.Builder out = ObjectValue.builder(oa.size() + ob.size());
            for (int i = 0; i < oa.size(); i++) {
                Value k = oa.keyAt(i);
                Value other = ob.get(k);
                if (other == null) {
                    out.put(k, oa.valueAt(i));
                } else {
                    path.add(k);
                    out.put(k, merge(oa.valueAt(i), other, path, aName, bName));
                    path.remove(path.size() - 1);
                }
            }
            for (int i = 0; i < ob.size(); i++) {
                if (!oa.containsKey(ob.keyAt(i))) {
                    out.put(ob.keyAt(i), ob.valueAt(i));
                }
            }
            return out.build();
        }
        if (a.equals(b)) {
            return a;
        }
        StringBuilder p = new StringBuilder("data");
        path.forEach(k -> p.append(k instanceof StringValue s ? "." + s.value() : "[" + k + "]"));
        throw new RampartException("conflicting values for " + p + ": " + aName + " and " + bName
                + " both define it (merge them into one file, or remove one)");
    }
}
