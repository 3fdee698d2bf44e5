package dev.rampart.wasm.value;

import java.util.Objects;

/** An OPA string. Strings order by Unicode code point, as Go compares UTF-8 bytes. */
public record StringValue(String value) implements Value {
    public static final StringValue EMPTY = new StringValue("");

    public StringValue {
        Objects.requireNonNull(value, "value");
    }

    /** A string value for {@code s}. */
    public static StringValue of(String s) {
        return s.isEmpty() ? EMPTY : new StringValue(s);
    }

    @Override
    public Kind kind() {
        return Kind.STRING;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof StringValue s && value.equals(s.value));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The Rego literal for this string, e.g. {@code "a\"b"}. */
    @Override
    public String toString() {
        return RegoPrinter.quote(value);
    }

    /**
     * Compares two Java strings by code point, the order Go gives the same strings as UTF-8 bytes.
     * UTF-16 order only differs when a surrogate meets a character at or above U+E000.
     */
    public static int compareCodePoints(String a, String b) {
        if (a == b) {
            return 0; // object keys are often the very same String (Jackson canonicalises names)
        }
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= Character.MIN_SURROGATE && y >= Character.MIN_SURROGATE) {
                    return Integer.compare(fixUp(x), fixUp(y));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    // Moves surrogates above U+E000..U+FFFF so that UTF-16 units compare like code points.
    private static int fixUp(char c) {
        return Character.isSurrogate(c) ? c + 0x2000 : c - 0x800;
    }
}
