package dev.rampart.wasm.builtins;

import com.google.re2j.Pattern;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.NullValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;

/**
 * {@code glob.match(pattern, delimiters, text)} with the gobwas/glob syntax OPA uses ({@code *} stops at a
 * delimiter, {@code **} does not, {@code ?}, {@code [a-z]}, {@code [!a-z]}, {@code {a,b}}, {@code \} escapes),
 * translated to an RE2 pattern that is compiled once; and {@code glob.quote_meta}.
 */
final class GlobBuiltins {
    private static final String META = "*?\\[]{}";

    private GlobBuiltins() {}

    static void register(Registry r) {
        r.function("glob.match", 3, (ctx, a) -> {
            String pattern = Operands.string(a[0], 1);
            String delimiters = delimiters(a[1]);
            String text = Operands.string(a[2], 3);
            Pattern p = RegexCache.get(toRegex(pattern, delimiters));
            return BooleanValue.of(p.matches(text));
        });
        r.function("glob.quote_meta", 1, (ctx, a) -> {
            String s = Operands.string(a[0], 1);
            StringBuilder sb = new StringBuilder(s.length() + 8);
            for (char c : s.toCharArray()) {
                if (META.indexOf(c) >= 0) {
                    sb.append('\\');
                }
                sb.append(c);
            }
            return StringValue.of(sb.toString());
        });
    }

    // null means no delimiters; an empty array means the default, ".".
    private static String delimiters(Value v) {
        if (v instanceof NullValue) {
            return "";
        }
        if (!(v instanceof ArrayValue arr)) {
            throw Operands.typeError(2, v, "array", "null");
        }
        if (arr.isEmpty()) {
            return ".";
        }
        StringBuilder sb = new StringBuilder();
        for (Value d : arr.asList()) {
            if (!(d instanceof StringValue s)) {
                throw Operands.elementError(2, arr, d, "string");
            }
            if (s.value().codePointCount(0, s.value().length()) != 1) {
                throw Operands.elementError(2, arr, d, "rune");
            }
            sb.append(s.value());
        }
        return sb.toString();
    }

    /** The anchored-by-{@code matches} RE2 pattern equivalent to {@code glob}. */
    static String toRegex(String glob, String delimiters) {
        String notDelimiter = delimiters.isEmpty() ? "(?s:.)" : "[^" + classEscape(delimiters) + "]";
        StringBuilder re = new StringBuilder();
        int end = translate(glob, 0, false, notDelimiter, re);
        if (end != glob.length()) {
            throw BuiltinError.failure("unexpected '" + glob.charAt(end) + "' in glob pattern");
        }
        return re.toString();
    }

    // Translates from i until the end (or, inside braces, until ',' or '}'); returns where it stopped.
    private static int translate(String g, int i, boolean inBraces, String notDelimiter, StringBuilder re) {
        while (i < g.length()) {
            char c = g.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < g.length() && g.charAt(i + 1) == '*') {
                        re.append("(?s:.*)");
                        i += 2;
                    } else {
                        re.append(notDelimiter).append('*');
                        i++;
                    }
                }
                case '?' -> {
                    re.append(notDelimiter);
                    i++;
                }
                case '[' -> i = characterClass(g, i, re);
                case '{' -> {
                    re.append("(?:");
                    i++;
                    while (true) {
                        i = translate(g, i, true, notDelimiter, re);
                        if (i >= g.length()) {
                            throw BuiltinError.failure("unclosed '{' in glob pattern");
                        }
                        if (g.charAt(i) == '}') {
                            i++;
                            break;
                        }
                        re.append('|');
                        i++;
                    }
                    re.append(')');
                }
                case ',', '}' -> {
                    if (inBraces) {
                        return i;
                    }
                    re.append(Pattern.quote(String.valueOf(c)));
                    i++;
                }
                case '\\' -> {
                    if (i + 1 >= g.length()) {
                        throw BuiltinError.failure("unfinished escape in glob pattern");
                    }
                    int cp = g.codePointAt(i + 1);
                    re.append(Pattern.quote(new String(Character.toChars(cp))));
                    i += 1 + Character.charCount(cp);
                }
                default -> {
                    int cp = g.codePointAt(i);
                    re.append(Pattern.quote(new String(Character.toChars(cp))));
                    i += Character.charCount(cp);
                }
            }
        }
        return i;
    }

    private static int characterClass(String g, int i, StringBuilder re) {
        int close = g.indexOf(']', i + 1);
        if (close < 0) {
            throw BuiltinError.failure("unclosed '[' in glob pattern");
        }
        String body = g.substring(i + 1, close);
        boolean negated = body.startsWith("!");
        if (negated) {
            body = body.substring(1);
        }
        StringBuilder cls = new StringBuilder(negated ? "[^" : "[");
        for (int k = 0; k < body.length(); k++) {
            char c = body.charAt(k);
            if (c == '-' && k > 0 && k + 1 < body.length()) {
                cls.append('-');
            } else {
                cls.append(classEscape(String.valueOf(c)));
            }
        }
        re.append(cls).append(']');
        return close + 1;
    }

    private static String classEscape(String chars) {
        StringBuilder sb = new StringBuilder();
        for (char c : chars.toCharArray()) {
            if ("\\]^-[".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
