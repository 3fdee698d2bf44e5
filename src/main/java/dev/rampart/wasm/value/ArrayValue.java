package dev.rampart.wasm.value;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/** An OPA array: an immutable sequence of values. */
public final class ArrayValue implements Value {
    public static final ArrayValue EMPTY = new ArrayValue(new Value[0]);

    private final Value[] elements;
    private int hash; // 0 until computed; racy but idempotent, like String.hash

    private ArrayValue(Value[] elements) {
        this.elements = elements;
    }

    /** An array of {@code elements} (copied). */
    public static ArrayValue of(Value... elements) {
        return elements.length == 0 ? EMPTY : new ArrayValue(checked(elements.clone()));
    }

    /** An array of {@code elements} (copied). */
    public static ArrayValue of(Collection<? extends Value> elements) {
        return elements.isEmpty() ? EMPTY : new ArrayValue(checked(elements.toArray(new Value[0])));
    }

    private static Value[] checked(Value[] elements) {
        for (Value v : elements) {
            if (v == null) {
                throw new NullPointerException("array element");
            }
        }
        return elements;
    }

    /** A builder that hands its buffer to the array without copying it again. */
    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    @Override
    public Kind kind() {
        return Kind.ARRAY;
    }

    public int size() {
        return elements.length;
    }

    public boolean isEmpty() {
        return elements.length == 0;
    }

    /** The element at {@code index} (0-based). */
    public Value get(int index) {
        return elements[index];
    }

    /** A read-only list view of the elements. */
    public List<Value> asList() {
        return new ElementList();
    }

    /** The elements from {@code from} (inclusive) to {@code to} (exclusive). */
    public ArrayValue slice(int from, int to) {
        if (from == 0 && to == elements.length) {
            return this;
        }
        return to <= from ? EMPTY : new ArrayValue(Arrays.copyOfRange(elements, from, to));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ArrayValue a) || a.elements.length != elements.length) {
            return false;
        }
        if (hash != 0 && a.hash != 0 && hash != a.hash) {
            return false;
        }
        for (int i = 0; i < elements.length; i++) {
            if (!elements[i].equals(a.elements[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 1;
            for (Value v : elements) {
                h = 31 * h + v.hashCode();
            }
            hash = h == 0 ? 1 : h;
        }
        return hash;
    }

    @Override
    public String toString() {
        return RegoPrinter.print(this);
    }

    Value[] elements() {
        return elements;
    }

    private final class ElementList extends AbstractList<Value> implements RandomAccess {
        @Override
        public Value get(int index) {
            return elements[index];
        }

        @Override
        public int size() {
            return elements.length;
        }
    }

    /** Collects elements in order; {@link #build()} may be called once. */
    public static final class Builder {
        private Value[] buffer;
        private int size;

        private Builder(int expectedSize) {
            buffer = new Value[Math.max(expectedSize, 4)];
        }

        public Builder add(Value v) {
            if (v == null) {
                throw new NullPointerException("array element");
            }
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = v;
            return this;
        }

        public Builder addAll(ArrayValue a) {
            for (Value v : a.elements) {
                add(v);
            }
            return this;
        }

        public int size() {
            return size;
        }

        public ArrayValue build() {
            if (size == 0) {
                return EMPTY;
            }
            Value[] elements = size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
            buffer = null;
            return new ArrayValue(elements);
        }
    }
}
