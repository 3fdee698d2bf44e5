package dev.rampart.wasm.value;

/** OPA's {@code null}. */
public record NullValue() implements Value {
    /** The only instance anyone needs. */
    public static final NullValue INSTANCE = new NullValue();

    @Override
    public Kind kind() {
        return Kind.NULL;
    }

    @Override
    public String toString() {
        return "null";
    }
}
