package dev.rampart.wasm.value;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.BiConsumer;

/**
 * An OPA object: keys of any kind mapped to values, iterated in OPA's key order, looked up in constant
 * time. Built once (sorting and de-duplicating the keys, the last value of a repeated key winning as in
 * JSON decoders) and never changed afterwards.
 */
public final class ObjectValue implements Value {
    public static final ObjectValue EMPTY = new ObjectValue(new Value[0], new Value[0]);

    private final Value[] keys; // sorted, unique
    private final Value[] values;
    private final int[] index;
    private int hash;

    private ObjectValue(Value[] keys, Value[] values) {
        this.keys = keys;
        this.values = values;
        this.index = HashIndex.build(keys, keys.length);
    }

    /** A builder for an object of about {@code expectedSize} entries. */
    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    /** An object of alternating keys and values: {@code of(k1, v1, k2, v2)}. */
    public static ObjectValue of(Value... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must alternate");
        }
        Builder b = builder(keysAndValues.length / 2);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            b.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return b.build();
    }

    /** An object with the entries of {@code map}. */
    public static ObjectValue of(Map<? extends Value, ? extends Value> map) {
        Builder b = builder(map.size());
        map.forEach(b::put);
        return b.build();
    }

    @Override
    public Kind kind() {
        return Kind.OBJECT;
    }

    public int size() {
        return keys.length;
    }

    public boolean isEmpty() {
        return keys.length == 0;
    }

    /** The value for {@code key}, or null when absent. */
    public Value get(Value key) {
        int i = HashIndex.find(index, keys, keys.length, key);
        return i < 0 ? null : values[i];
    }

    /** The value for the string key {@code key}, or null when absent. */
    public Value get(String key) {
        return get(StringValue.of(key));
    }

    public boolean containsKey(Value key) {
        return HashIndex.find(index, keys, keys.length, key) >= 0;
    }

    /** The {@code i}-th key in OPA's order. */
    public Value keyAt(int i) {
        return keys[i];
    }

    /** The value of the {@code i}-th key. */
    public Value valueAt(int i) {
        return values[i];
    }

    /** The keys in order, as a read-only list. */
    public List<Value> keys() {
        return new View(keys);
    }

    /** The values in key order, as a read-only list. */
    public List<Value> values() {
        return new View(values);
    }

    /** The keys as a set (no sorting needed: they already are). */
    public SetValue keySet() {
        return SetValue.ofSortedUnique(keys);
    }

    /** Calls {@code action} with each entry in key order. */
    public void forEach(BiConsumer<Value, Value> action) {
        for (int i = 0; i < keys.length; i++) {
            action.accept(keys[i], values[i]);
        }
    }

    /** This object with {@code key} set to {@code value}. */
    public ObjectValue with(Value key, Value value) {
        int i = HashIndex.find(index, keys, keys.length, key);
        if (i >= 0) {
            if (values[i].equals(value)) {
                return this;
            }
            Value[] vs = values.clone();
            vs[i] = value;
            return new ObjectValue(keys, vs);
        }
        int at = -Arrays.binarySearch(keys, key, ValueOrder::compare) - 1;
        Value[] ks = new Value[keys.length + 1];
        Value[] vs = new Value[keys.length + 1];
        System.arraycopy(keys, 0, ks, 0, at);
        System.arraycopy(values, 0, vs, 0, at);
        ks[at] = key;
        vs[at] = value;
        System.arraycopy(keys, at, ks, at + 1, keys.length - at);
        System.arraycopy(values, at, vs, at + 1, keys.length - at);
        return new ObjectValue(ks, vs);
    }

    /** This object without {@code key}. */
    public ObjectValue without(Value key) {
        int i = HashIndex.find(index, keys, keys.length, key);
        if (i < 0) {
            return this;
        }
        if (keys.length == 1) {
            return EMPTY;
        }
        Value[] ks = new Value[keys.length - 1];
        Value[] vs = new Value[keys.length - 1];
        System.arraycopy(keys, 0, ks, 0, i);
        System.arraycopy(values, 0, vs, 0, i);
        System.arraycopy(keys, i + 1, ks, i, keys.length - i - 1);
        System.arraycopy(values, i + 1, vs, i, keys.length - i - 1);
        return new ObjectValue(ks, vs);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ObjectValue x) || x.keys.length != keys.length) {
            return false;
        }
        if (hash != 0 && x.hash != 0 && hash != x.hash) {
            return false;
        }
        for (int i = 0; i < keys.length; i++) {
            if (!keys[i].equals(x.keys[i]) || !values[i].equals(x.values[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 7;
            for (int i = 0; i < keys.length; i++) {
                h = 31 * h + (keys[i].hashCode() ^ (values[i].hashCode() * 17));
            }
            hash = h == 0 ? 7 : h;
        }
        return hash;
    }

    @Override
    public String toString() {
        return RegoPrinter.print(this);
    }

    private static final class View extends AbstractList<Value> implements RandomAccess {
        private final Value[] items;

        View(Value[] items) {
            this.items = items;
        }

        @Override
        public Value get(int i) {
            return items[i];
        }

        @Override
        public int size() {
            return items.length;
        }
    }

    /** Collects entries; a repeated key keeps its last value. {@link #build()} may be called once. */
    public static final class Builder {
        private Value[] keys;
        private Value[] values;
        private int size;
        private boolean ordered = true; // every key so far sorts after the previous one
        private HashMap<Value, Integer> positions; // built on the first get(), kept up to date after

        private Builder(int expectedSize) {
            int n = Math.max(expectedSize, 4);
            keys = new Value[n];
            values = new Value[n];
        }

        /**
         * The value last put for {@code key}, or null: lets a rule check for conflicting values while it
         * builds an object.
         */
        public Value get(Value key) {
            if (positions == null) {
                positions = new HashMap<>(Math.max(16, size * 2));
                for (int i = 0; i < size; i++) {
                    positions.put(keys[i], i);
                }
            }
            Integer at = positions.get(key);
            return at == null ? null : values[at];
        }

        public Builder put(Value key, Value value) {
            if (key == null || value == null) {
                throw new NullPointerException("object key or value");
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            if (ordered && size > 0 && ValueOrder.compare(keys[size - 1], key) >= 0) {
                ordered = false;
            }
            keys[size] = key;
            values[size] = value;
            if (positions != null) {
                positions.put(key, size);
            }
            size++;
            return this;
        }

        public Builder put(String key, Value value) {
            return put(StringValue.of(key), value);
        }

        public int size() {
            return size;
        }

        public ObjectValue build() {
            if (size == 0) {
                return EMPTY;
            }
            if (!ordered) {
                sortKeepingLast();
            }
            Value[] ks = size == keys.length ? keys : Arrays.copyOf(keys, size);
            Value[] vs = size == values.length ? values : Arrays.copyOf(values, size);
            keys = null;
            values = null;
            return new ObjectValue(ks, vs);
        }

        private void sortKeepingLast() {
            if (size <= 32) {
                insertionSortKeepingLast();
                return;
            }
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            // Stable sort: equal keys keep insertion order, so the last of a run is the one that wins.
            Arrays.sort(order, (x, y) -> ValueOrder.compare(keys[x], keys[y]));
            Value[] ks = new Value[size];
            Value[] vs = new Value[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                int at = order[i];
                if (n > 0 && keys[at].equals(ks[n - 1])) {
                    vs[n - 1] = values[at];
                } else {
                    ks[n] = keys[at];
                    vs[n] = values[at];
                    n++;
                }
            }
            keys = ks;
            values = vs;
            size = n;
        }

        // Most objects are small: sorting in place avoids boxing. Stable, so a repeated key's last value wins.
        private void insertionSortKeepingLast() {
            for (int i = 1; i < size; i++) {
                Value k = keys[i];
                Value v = values[i];
                int j = i - 1;
                while (j >= 0 && ValueOrder.compare(keys[j], k) > 0) {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = k;
                values[j + 1] = v;
            }
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n > 0 && keys[i].equals(keys[n - 1])) {
                    values[n - 1] = values[i];
                } else {
                    keys[n] = keys[i];
                    values[n] = values[i];
                    n++;
                }
            }
            size = n;
        }
    }
}
