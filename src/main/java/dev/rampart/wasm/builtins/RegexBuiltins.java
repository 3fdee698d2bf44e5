package dev.rampart.wasm.builtins;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The regular-expression built-ins with Go's RE2 syntax and semantics (via re2j): {@code regex.match}
 * (and its old name {@code re_match}), {@code regex.is_valid}, {@code regex.split}, {@code regex.find_n},
 * {@code regex.find_all_string_submatch_n} and {@code regex.replace} (with Go's {@code $1}/{@code ${name}}
 * expansion). Successive matches follow Go: an empty match right after a match is skipped.
 */
final class RegexBuiltins {
    private RegexBuiltins() {}

    static void register(Registry r) {
        FunctionBuiltin.Body match = (ctx, a) ->
                BooleanValue.of(RegexCache.get(Operands.string(a[0], 1)).matcher(Operands.string(a[1], 2)).find());
        r.function("regex.match", 2, match);
        r.function("re_match", 2, match);
        r.function("regex.is_valid", 1, (ctx, a) ->
                BooleanValue.of(a[0] instanceof StringValue s && RegexCache.isValid(s.value())));
        r.function("regex.split", 2, (ctx, a) -> strings(split(RegexCache.get(Operands.string(a[0], 1)), Operands.string(a[1], 2))));
        r.function("regex.find_n", 3, (ctx, a) -> {
            Pattern p = RegexCache.get(Operands.string(a[0], 1));
            String s = Operands.string(a[1], 2);
            long n = Operands.integer(a[2], 3);
            List<String> found = new ArrayList<>();
            for (int[] m : matches(p, s, n)) {
                found.add(s.substring(m[0], m[1]));
            }
            return strings(found);
        });
        r.function("regex.find_all_string_submatch_n", 3, (ctx, a) -> {
            Pattern p = RegexCache.get(Operands.string(a[0], 1));
            String s = Operands.string(a[1], 2);
            long n = Operands.integer(a[2], 3);
            ArrayValue.Builder outer = ArrayValue.builder(4);
            for (int[] m : matches(p, s, n)) {
                ArrayValue.Builder inner = ArrayValue.builder(m.length / 2);
                for (int g = 0; g < m.length; g += 2) {
                    inner.add(StringValue.of(m[g] < 0 ? "" : s.substring(m[g], m[g + 1])));
                }
                outer.add(inner.build());
            }
            return outer.build();
        });
        r.function("regex.replace", 3, (ctx, a) -> {
            String s = Operands.string(a[0], 1);
            Pattern p = RegexCache.get(Operands.string(a[1], 2));
            String template = Operands.string(a[2], 3);
            return StringValue.of(replaceAll(ctx, p, s, template));
        });
    }

    private static ArrayValue strings(List<String> parts) {
        ArrayValue.Builder b = ArrayValue.builder(parts.size());
        parts.forEach(p -> b.add(StringValue.of(p)));
        return b.build();
    }

    /** Go's {@code FindAll…Index}: at most {@code n} matches (all when negative), with every group's bounds. */
    static List<int[]> matches(Pattern p, String s, long n) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        int pos = 0;
        int prevEnd = -1;
        while ((n < 0 || out.size() < n) && pos <= s.length() && m.find(pos)) {
            boolean accept = true;
            if (m.end() == m.start() && m.start() == pos) {
                accept = m.start() != prevEnd; // no empty match right after the previous match
                pos += pos < s.length() ? Character.charCount(s.codePointAt(pos)) : 1;
            } else if (m.end() == m.start()) {
                accept = m.start() != prevEnd;
                pos = m.end() + (m.end() < s.length() ? Character.charCount(s.codePointAt(m.end())) : 1);
            } else {
                pos = m.end();
            }
            prevEnd = m.end();
            if (accept) {
                int[] groups = new int[2 * (m.groupCount() + 1)];
                for (int g = 0; g <= m.groupCount(); g++) {
                    groups[2 * g] = m.start(g);
                    groups[2 * g + 1] = m.end(g);
                }
                out.add(groups);
            }
        }
        return out;
    }

    /** Go's {@code Regexp.Split(s, -1)}. */
    static List<String> split(Pattern p, String s) {
        List<String> parts = new ArrayList<>();
        if (!p.pattern().isEmpty() && s.isEmpty()) {
            parts.add("");
            return parts;
        }
        int begin = 0;
        int end = 0;
        for (int[] m : matches(p, s, -1)) {
            end = m[0];
            if (m[1] != 0) {
                parts.add(s.substring(begin, end));
            }
            begin = m[1];
        }
        if (end != s.length()) {
            parts.add(s.substring(begin));
        }
        return parts;
    }

    private static String replaceAll(BuiltinContext ctx, Pattern p, String s, String template) {
        StringBuilder sb = new StringBuilder(s.length());
        int last = 0;
        Map<String, Integer> names = p.namedGroups();
        for (int[] m : matches(p, s, -1)) {
            sb.append(s, last, m[0]);
            expand(sb, template, s, m, names);
            last = m[1];
            ctx.charge((long) template.length() * AllocationMeter.BYTES_PER_CHAR);
        }
        sb.append(s, last, s.length());
        return sb.toString();
    }

    /** Go's {@code Regexp.Expand}: {@code $n}, {@code $name}, {@code ${name}}, {@code $$}; a malformed {@code $} stays. */
    private static void expand(StringBuilder sb, String template, String s, int[] m, Map<String, Integer> names) {
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '$' || i + 1 >= template.length()) {
                sb.append(c);
                continue;
            }
            char next = template.charAt(i + 1);
            if (next == '$') {
                sb.append('$');
                i++;
                continue;
            }
            String name;
            int after;
            if (next == '{') {
                int close = template.indexOf('}', i + 2);
                name = close < 0 ? "" : template.substring(i + 2, close);
                after = close + 1;
            } else {
                int j = i + 1;
                while (j < template.length() && isNameChar(template.charAt(j))) {
                    j++;
                }
                name = template.substring(i + 1, j);
                after = j;
            }
            if (name.isEmpty() || !name.chars().allMatch(ch -> isNameChar((char) ch))) {
                sb.append('$');
                continue;
            }
            int group = -1;
            if (name.chars().allMatch(Character::isDigit)) {
                group = name.length() > 9 ? -1 : Integer.parseInt(name);
            } else if (names.containsKey(name)) {
                group = names.get(name);
            }
            if (group >= 0 && 2 * group + 1 < m.length && m[2 * group] >= 0) {
                sb.append(s, m[2 * group], m[2 * group + 1]);
            }
            i = after - 1;
        }
    }

    private static boolean isNameChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
