package dev.rampart.wasm.value;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.RandomAccess;

/** An OPA set: unique values iterated in OPA's order, with constant-time membership. */
public final class SetValue implements Value {
    public static final SetValue EMPTY = new SetValue(new Value[0]);

    private final Value[] members; // sorted, unique
    private final int[] index;
    private int hash;

    private SetValue(Value[] members) {
        this.members = members;
        this.index = HashIndex.build(members, members.length);
    }

    /** A set of {@code members} (duplicates collapse). */
    public static SetValue of(Value... members) {
        Builder b = builder(members.length);
        for (Value v : members) {
            b.add(v);
        }
        return b.build();
    }

    /** A set of {@code members} (duplicates collapse). */
    public static SetValue of(Collection<? extends Value> members) {
        Builder b = builder(members.size());
        for (Value v : members) {
            b.add(v);
        }
        return b.build();
    }

    /** A builder for a set of about {@code expectedSize} members. */
    public static Builder builder(int expectedSize) {
        return new Builder(expectedSize);
    }

    /** Trusts {@code members} to be sorted and unique already (e.g. an object's keys). */
    static SetValue ofSortedUnique(Value[] members) {
        return members.length == 0 ? EMPTY : new SetValue(members);
    }

    @Override
    public Kind kind() {
        return Kind.SET;
    }

    public int size() {
        return members.length;
    }

    public boolean isEmpty() {
        return members.length == 0;
    }

    public boolean contains(Value v) {
        return HashIndex.find(index, members, members.length, v) >= 0;
    }

    /** The {@code i}-th member in OPA's order. */
    public Value get(int i) {
        return members[i];
    }

    /** The members in order, as a read-only list. */
    public List<Value> asList() {
        return new MemberList();
    }

    /** The members in order, as an array value. */
    public ArrayValue toArray() {
        return ArrayValue.of(members);
    }

    /** The members of this set or {@code other}. */
    public SetValue union(SetValue other) {
        if (other.members.length == 0) {
            return this;
        }
        if (members.length == 0) {
            return other;
        }
        Value[] out = new Value[members.length + other.members.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < members.length && j < other.members.length) {
            int c = ValueOrder.compare(members[i], other.members[j]);
            if (c < 0) {
                out[n++] = members[i++];
            } else if (c > 0) {
                out[n++] = other.members[j++];
            } else {
                out[n++] = members[i++];
                j++;
            }
        }
        while (i < members.length) {
            out[n++] = members[i++];
        }
        while (j < other.members.length) {
            out[n++] = other.members[j++];
        }
        return new SetValue(n == out.length ? out : Arrays.copyOf(out, n));
    }

    /** The members of this set that are also in {@code other}. */
    public SetValue intersection(SetValue other) {
        SetValue small = members.length <= other.members.length ? this : other;
        SetValue large = small == this ? other : this;
        Value[] out = new Value[small.members.length];
        int n = 0;
        for (Value v : small.members) {
            if (large.contains(v)) {
                out[n++] = v;
            }
        }
        if (n == small.members.length) {
            return small;
        }
        return n == 0 ? EMPTY : new SetValue(Arrays.copyOf(out, n));
    }

    /** The members of this set that are not in {@code other}. */
    public SetValue difference(SetValue other) {
        if (other.members.length == 0 || members.length == 0) {
            return this;
        }
        Value[] out = new Value[members.length];
        int n = 0;
        for (Value v : members) {
            if (!other.contains(v)) {
                out[n++] = v;
            }
        }
        if (n == members.length) {
            return this;
        }
        return n == 0 ? EMPTY : new SetValue(Arrays.copyOf(out, n));
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SetValue s) || s.members.length != members.length) {
            return false;
        }
        if (hash != 0 && s.hash != 0 && hash != s.hash) {
            return false;
        }
        for (int i = 0; i < members.length; i++) {
            if (!members[i].equals(s.members[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = 3;
            for (Value v : members) {
                h = 31 * h + v.hashCode();
            }
            hash = h == 0 ? 3 : h;
        }
        return hash;
    }

    @Override
    public String toString() {
        return RegoPrinter.print(this);
    }

    Value[] members() {
        return members;
    }

    private final class MemberList extends AbstractList<Value> implements RandomAccess {
        @Override
        public Value get(int i) {
            return members[i];
        }

        @Override
        public int size() {
            return members.length;
        }
    }

    /** Collects members; duplicates collapse. {@link #build()} may be called once. */
    public static final class Builder {
        private Value[] buffer;
        private int size;
        private boolean ordered = true; // every member so far sorts after the previous one
        private HashSet<Value> seen; // built on the first contains(), kept up to date after

        private Builder(int expectedSize) {
            buffer = new Value[Math.max(expectedSize, 4)];
        }

        /** Whether {@code v} has been added (lets a partial set rule skip duplicates as it goes). */
        public boolean contains(Value v) {
            if (seen == null) {
                seen = new HashSet<>(Math.max(16, size * 2));
                for (int i = 0; i < size; i++) {
                    seen.add(buffer[i]);
                }
            }
            return seen.contains(v);
        }

        public Builder add(Value v) {
            if (v == null) {
                throw new NullPointerException("set member");
            }
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            if (ordered && size > 0 && ValueOrder.compare(buffer[size - 1], v) >= 0) {
                ordered = false;
            }
            if (seen != null) {
                seen.add(v);
            }
            buffer[size++] = v;
            return this;
        }

        public Builder addAll(SetValue s) {
            for (Value v : s.members) {
                add(v);
            }
            return this;
        }

        public int size() {
            return size;
        }

        public SetValue build() {
            if (size == 0) {
                return EMPTY;
            }
            Value[] members = buffer;
            int n = size;
            if (!ordered) {
                Arrays.sort(members, 0, n, ValueOrder::compare);
                int w = 1;
                for (int r = 1; r < n; r++) {
                    if (!members[r].equals(members[w - 1])) {
                        members[w++] = members[r];
                    }
                }
                n = w;
            }
            buffer = null;
            return new SetValue(n == members.length ? members : Arrays.copyOf(members, n));
        }
    }
}
