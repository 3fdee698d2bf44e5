package dev.rampart.wasm.value;

/**
 * OPA's total order over values: first by kind (null, boolean, number, string, array, object, set),
 * then numbers by value, strings by code point, arrays element by element, objects entry by entry in
 * key order (key first, then value), sets element by element in sorted order; a shorter collection
 * that is a prefix of a longer one sorts first.
 */
public final class ValueOrder {
    private ValueOrder() {}

    /** Negative, zero or positive as {@code a} sorts before, with or after {@code b}. */
    public static int compare(Value a, Value b) {
        if (a == b) {
            return 0;
        }
        int byKind = a.kind().compareTo(b.kind());
        if (byKind != 0) {
            return byKind;
        }
        return switch (a) {
            case NullValue n -> 0;
            case BooleanValue x -> Boolean.compare(x.value(), ((BooleanValue) b).value());
            case NumberValue x -> x.compareNumber((NumberValue) b);
            case StringValue x -> StringValue.compareCodePoints(x.value(), ((StringValue) b).value());
            case ArrayValue x -> compareSequences(x.elements(), x.size(), ((ArrayValue) b).elements(), ((ArrayValue) b).size());
            case SetValue x -> compareSequences(x.members(), x.size(), ((SetValue) b).members(), ((SetValue) b).size());
            case ObjectValue x -> compareObjects(x, (ObjectValue) b);
        };
    }

    private static int compareSequences(Value[] a, int na, Value[] b, int nb) {
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            int c = compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(na, nb);
    }

    private static int compareObjects(ObjectValue a, ObjectValue b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = compare(a.keyAt(i), b.keyAt(i));
            if (c != 0) {
                return c;
            }
            c = compare(a.valueAt(i), b.valueAt(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
