package dev.rampart.wasm.value;

/**
 * Test helper: parses Rego term syntax (JSON plus sets, {@code set()}, non-string object keys and
 * back-quoted raw strings) so that tests can state values as they would be written in a policy.
 */
public final class Terms {
    private final String s;
    private int i;

    private Terms(String s) {
        this.s = s;
    }

    /** The value written as {@code text}, e.g. {@code {"a": {1, 2}, 3: null}}. */
    public static Value parse(String text) {
        Terms t = new Terms(text);
        Value v = t.term();
        t.skipSpace();
        if (t.i != t.s.length()) {
            throw new IllegalArgumentException("trailing text at " + t.i + " in " + text);
        }
        return v;
    }

    private Value term() {
        skipSpace();
        char c = s.charAt(i);
        switch (c) {
            case '[' -> {
                i++;
                ArrayValue.Builder b = ArrayValue.builder(4);
                if (peek(']')) {
                    return b.build();
                }
                do {
                    b.add(term());
                } while (comma());
                expect(']');
                return b.build();
            }
            case '{' -> {
                i++;
                if (peek('}')) {
                    return ObjectValue.EMPTY;
                }
                Value first = term();
                skipSpace();
                if (s.charAt(i) == ':') {
                    i++;
                    ObjectValue.Builder b = ObjectValue.builder(4);
                    b.put(first, term());
                    while (comma()) {
                        Value k = term();
                        expect(':');
                        b.put(k, term());
                    }
                    expect('}');
                    return b.build();
                }
                SetValue.Builder b = SetValue.builder(4);
                b.add(first);
                while (comma()) {
                    b.add(term());
                }
                expect('}');
                return b.build();
            }
            case '"' -> {
                int start = i;
                i++;
                while (s.charAt(i) != '"') {
                    i += s.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                return Values.fromJson(s.substring(start, i));
            }
            case '`' -> {
                int end = s.indexOf('`', i + 1);
                String raw = s.substring(i + 1, end);
                i = end + 1;
                return StringValue.of(raw);
            }
            default -> {
                if (s.startsWith("set()", i)) {
                    i += 5;
                    return SetValue.EMPTY;
                }
                for (String word : new String[] {"null", "true", "false"}) {
                    if (s.startsWith(word, i)) {
                        i += word.length();
                        return Values.fromJson(word);
                    }
                }
                int start = i;
                while (i < s.length() && "+-.0123456789eE".indexOf(s.charAt(i)) >= 0) {
                    i++;
                }
                return NumberValue.parse(s.substring(start, i));
            }
        }
    }

    private boolean comma() {
        skipSpace();
        if (i < s.length() && s.charAt(i) == ',') {
            i++;
            return true;
        }
        return false;
    }

    private boolean peek(char c) {
        skipSpace();
        if (s.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        skipSpace();
        if (s.charAt(i) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + i + " in " + s);
        }
        i++;
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }
}
