package dev.rampart.wasm.value;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Writes values as JSON the way OPA (Go's {@code encoding/json}) does: object keys sorted, sets as arrays
 * in sorted order, non-string keys replaced by their own JSON text, numbers exactly as OPA prints them.
 */
final class JsonValueWriter {
    private final StringBuilder out;
    private final String prefix;
    private final String indent; // null for compact output
    private final boolean escapeHtml;

    private JsonValueWriter(StringBuilder out, String prefix, String indent, boolean escapeHtml) {
        this.out = out;
        this.prefix = prefix;
        this.indent = indent;
        this.escapeHtml = escapeHtml;
    }

    /** Compact ({@code pretty} false) or two-space indented JSON. */
    static String write(Value v, boolean pretty, boolean escapeHtml) {
        return write(v, "", pretty ? "  " : null, escapeHtml);
    }

    /**
     * JSON laid out like Go's {@code json.MarshalIndent(v, prefix, indent)}: every line but the first starts
     * with {@code prefix}, nesting adds {@code indent}; a null {@code indent} gives compact output.
     */
    static String write(Value v, String prefix, String indent, boolean escapeHtml) {
        StringBuilder sb = new StringBuilder();
        new JsonValueWriter(sb, prefix, indent, escapeHtml).value(v, 0);
        return sb.toString();
    }

    private void value(Value v, int depth) {
        switch (v) {
            case NullValue n -> out.append("null");
            case BooleanValue b -> out.append(b.value());
            case NumberValue n -> out.append(n.render());
            case StringValue s -> string(s.value());
            case ArrayValue a -> sequence(a.asList(), depth);
            case SetValue s -> sequence(s.asList(), depth);
            case ObjectValue o -> object(o, depth);
        }
    }

    private void sequence(List<Value> items, int depth) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            value(items.get(i), depth + 1);
        }
        newline(depth);
        out.append(']');
    }

    private void object(ObjectValue o, int depth) {
        if (o.isEmpty()) {
            out.append("{}");
            return;
        }
        List<String> keys = new ArrayList<>(o.size());
        List<Value> values = new ArrayList<>(o.size());
        boolean allStrings = true;
        for (int i = 0; i < o.size(); i++) {
            Value k = o.keyAt(i);
            if (k instanceof StringValue s) {
                keys.add(s.value());
            } else {
                allStrings = false;
                keys.add(write(k, false, false));
            }
            values.add(o.valueAt(i));
        }
        if (!allStrings) {
            sortByKeyText(keys, values);
        }
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            newline(depth + 1);
            string(keys.get(i));
            out.append(indent != null ? ": " : ":");
            value(values.get(i), depth + 1);
        }
        newline(depth);
        out.append('}');
    }

    // Go sorts the keys of the map it marshals by their text; a key text seen twice keeps the later value.
    private static void sortByKeyText(List<String> keys, List<Value> values) {
        TreeMap<String, Value> sorted = new TreeMap<>(StringValue::compareCodePoints);
        for (int i = 0; i < keys.size(); i++) {
            sorted.put(keys.get(i), values.get(i));
        }
        keys.clear();
        values.clear();
        sorted.forEach((k, v) -> {
            keys.add(k);
            values.add(v);
        });
    }

    private void newline(int depth) {
        if (indent != null) {
            out.append('\n').append(prefix);
            for (int i = 0; i < depth; i++) {
                out.append(indent);
            }
        }
    }

    private void string(String s) {
        out.append('"');
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = escapeFor(c, s, i);
            if (escape != null) {
                out.append(s, start, i).append(escape);
                start = i + 1;
            }
        }
        out.append(s, start, s.length()).append('"');
    }

    private String escapeFor(char c, String s, int i) {
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x7f && !(escapeHtml && (c == '<' || c == '>' || c == '&'))) {
            return null;
        }
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> {
                if (c < 0x20 || (escapeHtml && (c == '<' || c == '>' || c == '&')) || c == '\u2028' || c == '\u2029') {
                    yield String.format("\\u%04x", (int) c);
                }
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    yield null;
                }
                if (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1))) {
                    yield null;
                }
                // A lone surrogate cannot be encoded as UTF-8; Go writes the replacement character.
                yield Character.isSurrogate(c) ? "\\ufffd" : null;
            }
        };
    }
}
