package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * The string built-ins. Positions and lengths count Unicode code points (Go runes), case mapping is
 * per code point as in Go (no locale rules), and {@code trim_space} uses Go's definition of white space.
 */
final class StringBuiltins {
    private StringBuiltins() {}

    static void register(Registry r) {
        r.function("concat", 2, (ctx, a) -> concat(ctx, Operands.string(a[0], 1), a[1]));
        r.function("contains", 2, (ctx, a) -> BooleanValue.of(str(a, 0).contains(str(a, 1))));
        r.function("startswith", 2, (ctx, a) -> BooleanValue.of(str(a, 0).startsWith(str(a, 1))));
        r.function("endswith", 2, (ctx, a) -> BooleanValue.of(str(a, 0).endsWith(str(a, 1))));
        r.function("lower", 1, (ctx, a) -> StringValue.of(lower(str(a, 0))));
        r.function("upper", 1, (ctx, a) -> StringValue.of(mapCodePoints(str(a, 0), Character::toUpperCase)));
        r.function("indexof", 2, (ctx, a) -> {
            List<Integer> found = indexes(str(a, 0), str(a, 1), true);
            return NumberValue.of(found.isEmpty() ? -1 : found.getFirst());
        });
        r.function("indexof_n", 2, (ctx, a) -> {
            ArrayValue.Builder b = ArrayValue.builder(4);
            indexes(str(a, 0), str(a, 1), false).forEach(i -> b.add(NumberValue.of(i)));
            return b.build();
        });
        r.function("substring", 3, (ctx, a) -> substring(str(a, 0), Operands.integer(a[1], 2), Operands.integer(a[2], 3)));
        r.function("split", 2, (ctx, a) -> strings(split(str(a, 0), str(a, 1))));
        r.function("strings.split_n", 3, (ctx, a) -> {
            List<String> parts = split(str(a, 0), str(a, 1));
            long n = Operands.integer(a[2], 3);
            int k = (int) Math.min(Math.abs(n), parts.size());
            return strings(n >= 0 ? parts.subList(0, k) : parts.subList(parts.size() - k, parts.size()));
        });
        r.function("replace", 3, (ctx, a) -> {
            String s = str(a, 0);
            String from = str(a, 1);
            String to = str(a, 2);
            chargeReplacement(ctx, s, from, to);
            return StringValue.of(s.replace(from, to));
        });
        r.function("strings.replace_n", 2, (ctx, a) -> replaceN(ctx, Operands.object(a[0], 1), Operands.string(a[1], 2)));
        r.function("trim", 2, (ctx, a) -> StringValue.of(trimRight(trimLeft(str(a, 0), str(a, 1)), str(a, 1))));
        r.function("trim_left", 2, (ctx, a) -> StringValue.of(trimLeft(str(a, 0), str(a, 1))));
        r.function("trim_right", 2, (ctx, a) -> StringValue.of(trimRight(str(a, 0), str(a, 1))));
        r.function("trim_prefix", 2, (ctx, a) -> {
            String s = str(a, 0);
            String p = str(a, 1);
            return StringValue.of(s.startsWith(p) ? s.substring(p.length()) : s);
        });
        r.function("trim_suffix", 2, (ctx, a) -> {
            String s = str(a, 0);
            String p = str(a, 1);
            return StringValue.of(s.endsWith(p) ? s.substring(0, s.length() - p.length()) : s);
        });
        r.function("trim_space", 1, (ctx, a) -> StringValue.of(trimSpace(str(a, 0))));
        r.function("format_int", 2, (ctx, a) -> formatInt(Operands.number(a[0], 1), Operands.number(a[1], 2)));
        r.function("strings.any_prefix_match", 2, (ctx, a) -> BooleanValue.of(anyMatch(a, false)));
        r.function("strings.any_suffix_match", 2, (ctx, a) -> BooleanValue.of(anyMatch(a, true)));
        r.function("strings.reverse", 1, (ctx, a) -> StringValue.of(new StringBuilder(str(a, 0)).reverse().toString()));
        r.function("strings.count", 2, (ctx, a) -> NumberValue.of(count(str(a, 0), str(a, 1))));
    }

    private static String str(Value[] a, int i) {
        return Operands.string(a[i], i + 1);
    }

    private static ArrayValue strings(List<String> parts) {
        ArrayValue.Builder b = ArrayValue.builder(parts.size());
        for (String p : parts) {
            b.add(StringValue.of(p));
        }
        return b.build();
    }

    private static StringValue concat(BuiltinContext ctx, String delimiter, Value collection) {
        List<Value> items = switch (collection) {
            case ArrayValue arr -> arr.asList();
            case SetValue s -> s.asList();
            default -> throw Operands.typeError(2, collection, "set", "array");
        };
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof StringValue s)) {
                throw Operands.elementError(2, collection, items.get(i), "string");
            }
            if (i > 0) {
                sb.append(delimiter);
            }
            sb.append(s.value());
        }
        ctx.charge(sb.length() * AllocationMeter.BYTES_PER_CHAR);
        return StringValue.of(sb.toString());
    }

    private static final int CAPITAL_SIGMA = 0x03A3;
    private static final int FINAL_SIGMA = 0x03C2;

    /**
     * Code point by code point, as Go's {@code strings.ToLower}, plus Unicode's Final_Sigma rule: a capital
     * sigma that ends a word ({@code ΟΔΥΣΣΕΥΣ}) becomes {@code ς}, not {@code σ}. Go lacks the rule, so this
     * is one of Rampart's few departures from OPA (docs/builtins.md); regorus, Java and ICU all apply it.
     * Only sigma is context-sensitive here: other special casings (Turkish dotted I) stay one-to-one as in Go.
     */
    static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            sb.appendCodePoint(cp == CAPITAL_SIGMA && endsWord(s, i) ? FINAL_SIGMA : Character.toLowerCase(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    /** Final_Sigma: a cased letter before position {@code at} and none after it, skipping case-ignorables. */
    private static boolean endsWord(String s, int at) {
        boolean casedBefore = false;
        for (int i = at; i > 0; ) {
            int cp = s.codePointBefore(i);
            i -= Character.charCount(cp);
            if (!caseIgnorable(cp)) {
                casedBefore = cased(cp);
                break;
            }
        }
        if (!casedBefore) {
            return false;
        }
        for (int i = at + 1; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!caseIgnorable(cp)) {
                return !cased(cp);
            }
        }
        return true;
    }

    private static boolean cased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean caseIgnorable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                    Character.MODIFIER_SYMBOL -> true;
            default -> cp == '\'' || cp == '.' || cp == ':' || cp == 0x00B7 || cp == 0x2019;
        };
    }

    static String mapCodePoints(String s, IntUnaryOperator f) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().map(f).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** Code-point positions where {@code search} starts (overlapping), or just the first. */
    private static List<Integer> indexes(String s, String search, boolean firstOnly) {
        if (search.isEmpty()) {
            throw BuiltinError.failure("empty search character");
        }
        List<Integer> found = new ArrayList<>();
        int from = 0;
        int runes = 0;
        int at;
        while ((at = s.indexOf(search, from)) >= 0) {
            runes += s.codePointCount(from, at);
            found.add(runes);
            if (firstOnly) {
                break;
            }
            int next = s.offsetByCodePoints(at, 1);
            runes += 1;
            from = next;
        }
        return found;
    }

    private static StringValue substring(String s, long start, long length) {
        if (start < 0) {
            throw BuiltinError.failure("negative offset");
        }
        int runes = s.codePointCount(0, s.length());
        if (start >= runes) {
            return StringValue.EMPTY;
        }
        int from = s.offsetByCodePoints(0, (int) start);
        if (length < 0 || start + length >= runes) {
            return StringValue.of(s.substring(from));
        }
        return StringValue.of(s.substring(from, s.offsetByCodePoints(from, (int) length)));
    }

    /** Go's {@code strings.Split}: an empty separator splits into code points, and "" into nothing. */
    static List<String> split(String s, String sep) {
        List<String> parts = new ArrayList<>();
        if (sep.isEmpty()) {
            s.codePoints().forEach(cp -> parts.add(new String(Character.toChars(cp))));
            return parts;
        }
        int from = 0;
        int at;
        while ((at = s.indexOf(sep, from)) >= 0) {
            parts.add(s.substring(from, at));
            from = at + sep.length();
        }
        parts.add(s.substring(from));
        return parts;
    }

    private static void chargeReplacement(BuiltinContext ctx, String s, String from, String to) {
        long matches = from.isEmpty() ? s.codePointCount(0, s.length()) + 1 : count(s, from);
        ctx.charge((s.length() + matches * Math.max(0, to.length() - from.length())) * AllocationMeter.BYTES_PER_CHAR);
    }

    /**
     * Go's {@code strings.NewReplacer} with the pattern object's entries in key order: at each position
     * the first pattern (in that order) that matches is replaced, and scanning resumes after it.
     */
    private static StringValue replaceN(BuiltinContext ctx, ObjectValue patterns, String s) {
        int n = patterns.size();
        String[] from = new String[n];
        String[] to = new String[n];
        long growth = 0;
        for (int i = 0; i < n; i++) {
            if (!(patterns.keyAt(i) instanceof StringValue k)) {
                throw Operands.operandError(1, "non-string key found in pattern object");
            }
            if (!(patterns.valueAt(i) instanceof StringValue v)) {
                throw Operands.operandError(1, "non-string value found in pattern object");
            }
            from[i] = k.value();
            to[i] = v.value();
            growth = Math.max(growth, to[i].length());
        }
        ctx.charge((s.length() * (growth + 1)) * AllocationMeter.BYTES_PER_CHAR);
        StringBuilder sb = new StringBuilder(s.length());
        int pos = 0;
        while (pos <= s.length()) {
            int hit = -1;
            for (int i = 0; i < n; i++) {
                if (s.startsWith(from[i], pos)) {
                    hit = i;
                    break;
                }
            }
            if (hit >= 0 && !from[hit].isEmpty()) {
                sb.append(to[hit]);
                pos += from[hit].length();
                continue;
            }
            if (hit >= 0) {
                sb.append(to[hit]); // an empty pattern matches before every character and at the end
            }
            if (pos == s.length()) {
                break;
            }
            int cp = s.codePointAt(pos);
            sb.appendCodePoint(cp);
            pos += Character.charCount(cp);
        }
        return StringValue.of(sb.toString());
    }

    private static String trimLeft(String s, String cutset) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (cutset.indexOf(cp) < 0) {
                break;
            }
            i += Character.charCount(cp);
        }
        return s.substring(i);
    }

    private static String trimRight(String s, String cutset) {
        int j = s.length();
        while (j > 0) {
            int cp = s.codePointBefore(j);
            if (cutset.indexOf(cp) < 0) {
                break;
            }
            j -= Character.charCount(cp);
        }
        return s.substring(0, j);
    }

    private static String trimSpace(String s) {
        int i = 0;
        int j = s.length();
        while (i < j && isGoSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        while (j > i && isGoSpace(s.codePointBefore(j))) {
            j -= Character.charCount(s.codePointBefore(j));
        }
        return s.substring(i, j);
    }

    /** Go's {@code unicode.IsSpace}. */
    static boolean isGoSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0 -> true;
            default -> cp > 0xFF && Character.isSpaceChar(cp);
        };
    }

    private static StringValue formatInt(NumberValue n, NumberValue base) {
        int radix = switch (base.render()) {
            case "2" -> 2;
            case "8" -> 8;
            case "10" -> 10;
            case "16" -> 16;
            default -> throw Operands.operandError(2, "must be one of {2, 8, 10, 16}");
        };
        // Non-integers are truncated toward zero, as OPA does through a float.
        BigInteger i = n.isInteger() ? Arithmetic.exactInteger(n) : BigFloat.of(n, Arithmetic.FLOAT_PREC).truncate();
        return StringValue.of(i.toString(radix));
    }

    private static boolean anyMatch(Value[] a, boolean suffix) {
        List<String> strs = stringOrStrings(a[0], 1);
        List<String> affixes = stringOrStrings(a[1], 2);
        for (String s : strs) {
            for (String x : affixes) {
                if (suffix ? s.endsWith(x) : s.startsWith(x)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> stringOrStrings(Value v, int pos) {
        return switch (v) {
            case StringValue s -> List.of(s.value());
            case ArrayValue x -> Operands.strings(x, pos);
            case SetValue x -> Operands.strings(x, pos);
            default -> throw Operands.typeError(pos, v, "string", "set", "array");
        };
    }

    /** Non-overlapping occurrences; an empty substring occurs before every code point and at the end. */
    static long count(String s, String sub) {
        if (sub.isEmpty()) {
            return s.codePointCount(0, s.length()) + 1;
        }
        long n = 0;
        int from = 0;
        int at;
        while ((at = s.indexOf(sub, from)) >= 0) {
            n++;
            from = at + sub.length();
        }
        return n;
    }
}
