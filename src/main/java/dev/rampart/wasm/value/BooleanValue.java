package dev.rampart.wasm.value;

/** OPA's {@code true} and {@code false}. */
public record BooleanValue(boolean value) implements Value {
    public static final BooleanValue TRUE = new BooleanValue(true);
    public static final BooleanValue FALSE = new BooleanValue(false);

    /** The shared instance for {@code b}. */
    public static BooleanValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    @Override
    public Kind kind() {
        return Kind.BOOLEAN;
    }

    @Override
    public String toString() {
        return Boolean.toString(value);
    }
}
