package dev.rampart.wasm.value;

import java.util.List;

/**
 * Writes values as block YAML in the layout OPA's {@code yaml.marshal} produces (go-yaml via JSON): keys
 * sorted, sequences as {@code - item} lines at their key's indentation, sets as sequences, strings quoted
 * only when a plain scalar would read back as something else.
 */
final class YamlValueWriter {
    private final StringBuilder out = new StringBuilder();

    private YamlValueWriter() {}

    static String write(Value v) {
        YamlValueWriter w = new YamlValueWriter();
        w.top(v);
        return w.out.toString();
    }

    private void top(Value v) {
        switch (v) {
            case ObjectValue o when !o.isEmpty() -> mapping(o, 0);
            case ArrayValue a when !a.isEmpty() -> sequence(a.asList(), 0);
            case SetValue s when !s.isEmpty() -> sequence(s.asList(), 0);
            default -> {
                scalar(v, 2); // a literal block at the top still needs its content indented
                out.append('\n');
            }
        }
    }

    private void mapping(ObjectValue o, int indent) {
        ObjectValue byText = jsonKeyed(o);
        for (int i = 0; i < byText.size(); i++) {
            pad(indent);
            out.append(key(((StringValue) byText.keyAt(i)).value())).append(':');
            nested(byText.valueAt(i), indent, indent + 2);
        }
    }

    private void sequence(List<Value> items, int indent) {
        for (Value item : items) {
            pad(indent);
            out.append("- ");
            // A nested mapping or sequence starts on the dash's line, indented under it.
            int mark = out.length();
            switch (item) {
                case ObjectValue o when !o.isEmpty() -> {
                    mapping(o, indent + 2);
                    out.delete(mark, mark + indent + 2);
                }
                case ArrayValue a when !a.isEmpty() -> {
                    sequence(a.asList(), indent + 2);
                    out.delete(mark, mark + indent + 2);
                }
                case SetValue s when !s.isEmpty() -> {
                    sequence(s.asList(), indent + 2);
                    out.delete(mark, mark + indent + 2);
                }
                default -> {
                    scalar(item, indent + 2);
                    out.append('\n');
                }
            }
        }
    }

    // Writes the value after "key:" or "-": scalars inline, collections on the following lines.
    private void nested(Value v, int parentIndent, int childIndent) {
        switch (v) {
            case ObjectValue o when !o.isEmpty() -> {
                out.append('\n');
                mapping(o, childIndent);
            }
            case ArrayValue a when !a.isEmpty() -> {
                out.append('\n');
                sequence(a.asList(), parentIndent);
            }
            case SetValue s when !s.isEmpty() -> {
                out.append('\n');
                sequence(s.asList(), parentIndent);
            }
            default -> {
                out.append(' ');
                scalar(v, childIndent);
                out.append('\n');
            }
        }
    }

    private void scalar(Value v, int indent) {
        switch (v) {
            case ObjectValue o -> out.append("{}");
            case ArrayValue a -> out.append("[]");
            case SetValue s -> out.append("[]");
            case StringValue s -> out.append(plainOrQuoted(s.value(), indent));
            default -> out.append(JsonValueWriter.write(v, false, false));
        }
    }

    private static ObjectValue jsonKeyed(ObjectValue o) {
        ObjectValue.Builder b = ObjectValue.builder(o.size());
        for (int i = 0; i < o.size(); i++) {
            Value k = o.keyAt(i);
            b.put(k instanceof StringValue ? k : StringValue.of(JsonValueWriter.write(k, false, false)), o.valueAt(i));
        }
        return b.build();
    }

    // A key is written on one line: plain when it can be, quoted otherwise.
    private static String key(String s) {
        if (!readsBackAsString(s)) {
            return doubleQuoted(s);
        }
        if (isPlainSafe(s)) {
            return s;
        }
        return isPrintable(s) && s.indexOf('\n') < 0 ? "'" + s.replace("'", "''") + "'" : doubleQuoted(s);
    }

    private String plainOrQuoted(String s, int indent) {
        boolean printable = isPrintable(s);
        if (printable && s.indexOf('\n') >= 0) {
            return literalBlockFits(s) ? literalBlock(s, indent) : doubleQuoted(s);
        }
        if (!readsBackAsString(s)) {
            return doubleQuoted(s); // go-yaml double-quotes strings that would read back as another type
        }
        if (isPlainSafe(s)) {
            return s;
        }
        return printable ? "'" + s.replace("'", "''") + "'" : doubleQuoted(s);
    }

    private static boolean readsBackAsString(String s) {
        try {
            return YamlValueReader.resolvePlain(s) instanceof StringValue;
        } catch (RuntimeException e) {
            return false; // .inf, .nan
        }
    }

    // A literal block cannot start a line with white space without an indentation indicator, nor keep a
    // line that holds only spaces; such strings are double-quoted instead.
    private static boolean literalBlockFits(String s) {
        for (String line : s.split("\n", -1)) {
            if (line.startsWith(" ") || line.startsWith("\t") || line.endsWith(" ") || line.endsWith("\t")) {
                return false;
            }
        }
        return true;
    }

    private String literalBlock(String s, int indent) {
        String chomp = s.endsWith("\n\n") ? "+" : s.endsWith("\n") ? "" : "-";
        StringBuilder sb = new StringBuilder("|").append(chomp);
        String body = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        for (String line : body.split("\n", -1)) {
            sb.append('\n');
            if (!line.isEmpty()) {
                sb.append(" ".repeat(indent)).append(line);
            }
        }
        return sb.toString();
    }

    private static boolean isPlainSafe(String s) {
        if (s.isEmpty() || s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') {
            return false;
        }
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(s.charAt(0)) >= 0) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":") || s.startsWith("---") || s.startsWith("...")) {
            return false;
        }
        return isPrintable(s) && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0;
    }

    private static boolean isPrintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static String doubleQuoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private void pad(int indent) {
        out.append(" ".repeat(indent));
    }
}
