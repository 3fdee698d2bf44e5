package dev.rampart.wasm.value;

/**
 * An OPA value. Implementations are immutable; {@code equals}, {@code hashCode} and {@code compareTo}
 * follow OPA: {@code 1} equals {@code 1.0}, kinds order as {@link Kind} declares them, and the
 * ordering is consistent with equality.
 */
public sealed interface Value extends Comparable<Value>
        permits NullValue, BooleanValue, NumberValue, StringValue, ArrayValue, ObjectValue, SetValue {

    /** Which of OPA's seven kinds this value is. */
    Kind kind();

    /** OPA's name for this value's type, e.g. {@code "number"}. */
    default String typeName() {
        return kind().typeName();
    }

    @Override
    default int compareTo(Value other) {
        return ValueOrder.compare(this, other);
    }
}
