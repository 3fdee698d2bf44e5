package dev.rampart.wasm.value;

/**
 * Writes values in Rego term syntax, as OPA's {@code String()} does: what {@code sprintf("%v")} and
 * {@code print} show for composite values ({@code {"a": 1}}, {@code {1, 2}}, {@code set()}).
 */
public final class RegoPrinter {
    private RegoPrinter() {}

    /** The Rego term for {@code v}. */
    public static String print(Value v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    /** Appends the Rego term for {@code v} to {@code sb}. */
    public static void append(StringBuilder sb, Value v) {
        switch (v) {
            case NullValue n -> sb.append("null");
            case BooleanValue b -> sb.append(b.value());
            case NumberValue n -> sb.append(n.render());
            case StringValue s -> quote(sb, s.value());
            case ArrayValue a -> {
                sb.append('[');
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    append(sb, a.get(i));
                }
                sb.append(']');
            }
            case ObjectValue o -> {
                sb.append('{');
                for (int i = 0; i < o.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    append(sb, o.keyAt(i));
                    sb.append(": ");
                    append(sb, o.valueAt(i));
                }
                sb.append('}');
            }
            case SetValue s -> {
                if (s.isEmpty()) {
                    sb.append("set()");
                    return;
                }
                sb.append('{');
                for (int i = 0; i < s.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    append(sb, s.get(i));
                }
                sb.append('}');
            }
        }
    }

    /** {@code s} as a double-quoted literal with Go's {@code strconv.Quote} escapes. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case 0x07 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 0x0b -> sb.append("\\v");
                default -> {
                    if (cp < 0x20 || cp == 0x7f) {
                        sb.append(String.format("\\x%02x", cp));
                    } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                        sb.append("\\ufffd");
                    } else if (isPrint(cp)) {
                        sb.appendCodePoint(cp);
                    } else if (cp < 0x10000) {
                        sb.append(String.format("\\u%04x", cp));
                    } else {
                        sb.append(String.format("\\U%08x", cp));
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Go's {@code unicode.IsPrint}: letters, marks, numbers, punctuation, symbols and the ASCII space. */
    static boolean isPrint(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
