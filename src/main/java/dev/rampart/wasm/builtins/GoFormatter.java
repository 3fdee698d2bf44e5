package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.GoFloatFormat;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Go's {@code fmt.Sprintf} for the four kinds of argument OPA's {@code sprintf} hands it: {@code Long}
 * (Go {@code int}), {@link BigInteger} ({@code *big.Int}), {@code Double} ({@code float64}) and
 * {@code String}. Flags {@code +-# 0}, width, precision, {@code *} and {@code [n]} argument indexes are
 * honoured; mistakes print Go's markers ({@code %!d(string=x)}, {@code %!s(MISSING)},
 * {@code %!(EXTRA int=1)}) instead of failing, as in OPA.
 */
final class GoFormatter {
    private final String format;
    private final List<Object> args;
    private final AllocationMeter meter;
    private final StringBuilder out = new StringBuilder();
    private int argNum;
    private boolean reordered;

    // The state of the directive being formatted.
    private boolean plus;
    private boolean minus;
    private boolean sharp;
    private boolean space;
    private boolean zero;
    private int width = -1;
    private int prec = -1;

    private GoFormatter(String format, List<Object> args, AllocationMeter meter) {
        this.format = format;
        this.args = args;
        this.meter = meter;
    }

    /** Formats {@code args} by {@code format}; widths and precisions are charged to {@code meter}. */
    static String sprintf(String format, List<Object> args, AllocationMeter meter) {
        GoFormatter f = new GoFormatter(format, args, meter);
        f.run();
        return f.out.toString();
    }

    private void run() {
        int i = 0;
        int end = format.length();
        while (i < end) {
            int pct = format.indexOf('%', i);
            if (pct < 0) {
                out.append(format, i, end);
                break;
            }
            out.append(format, i, pct);
            i = pct + 1;
            plus = minus = sharp = space = zero = false;
            width = prec = -1;
            for (; i < end; i++) {
                char c = format.charAt(i);
                if (c == '#') {
                    sharp = true;
                } else if (c == '0') {
                    zero = true;
                } else if (c == '+') {
                    plus = true;
                } else if (c == '-') {
                    minus = true;
                } else if (c == ' ') {
                    space = true;
                } else {
                    break;
                }
            }
            i = argIndex(i);
            if (i < end && format.charAt(i) == '*') {
                i++;
                width = intArg("*");
                if (width < 0) {
                    minus = true;
                    width = -width;
                }
            } else {
                int start = i;
                while (i < end && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    width = parseBounded(format.substring(start, i));
                }
            }
            if (i < end && format.charAt(i) == '.') {
                i++;
                i = argIndex(i);
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    prec = intArg("*");
                    if (prec < 0) {
                        prec = -1;
                    }
                } else {
                    int start = i;
                    while (i < end && Character.isDigit(format.charAt(i))) {
                        i++;
                    }
                    prec = i > start ? parseBounded(format.substring(start, i)) : 0;
                }
            }
            i = argIndex(i);
            if (i >= end) {
                out.append("%!(NOVERB)");
                break;
            }
            int verb = format.codePointAt(i);
            i += Character.charCount(verb);
            meter.charge((long) Math.max(width, 0) * AllocationMeter.BYTES_PER_CHAR
                    + (long) Math.max(prec, 0) * AllocationMeter.BYTES_PER_CHAR);
            if (verb == '%') {
                out.append('%');
            } else if (argNum >= args.size()) {
                out.append("%!").appendCodePoint(verb).append("(MISSING)");
            } else {
                Object arg = args.get(argNum++);
                formatArg(arg, verb);
            }
        }
        if (!reordered && argNum < args.size()) {
            out.append("%!(EXTRA ");
            for (int k = argNum; k < args.size(); k++) {
                if (k > argNum) {
                    out.append(", ");
                }
                Object a = args.get(k);
                out.append(typeName(a)).append('=').append(plain(a));
            }
            out.append(')');
        }
    }

    private static int parseBounded(String digits) {
        return digits.length() > 7 ? 10_000_000 : Integer.parseInt(digits);
    }

    // Handles "[n]" (1-based) argument indexes.
    private int argIndex(int i) {
        if (i < format.length() && format.charAt(i) == '[') {
            int close = format.indexOf(']', i);
            reordered = true;
            if (close > i + 1) {
                String n = format.substring(i + 1, close);
                if (n.chars().allMatch(Character::isDigit) && n.length() < 8) {
                    int idx = Integer.parseInt(n) - 1;
                    if (idx >= 0 && idx < args.size()) {
                        argNum = idx;
                        return close + 1;
                    }
                }
            }
            out.append("%!(BADINDEX)");
            argNum = args.size();
            return close < 0 ? format.length() : close + 1;
        }
        return i;
    }

    private int intArg(String what) {
        if (argNum < args.size() && args.get(argNum) instanceof Long n && Math.abs(n) <= 10_000_000) {
            argNum++;
            return n.intValue();
        }
        if (argNum < args.size()) {
            argNum++;
        }
        out.append("%!(BADWIDTH)");
        return -1;
    }

    private void formatArg(Object arg, int verb) {
        if (verb == 'T') {
            pad(typeName(arg));
            return;
        }
        switch (arg) {
            case Long n -> formatInteger(BigInteger.valueOf(n), verb, false);
            case BigInteger n -> formatInteger(n, verb, true);
            case Double d -> formatFloat(d, verb);
            case String s -> formatString(s, verb);
            default -> throw new IllegalArgumentException("unsupported argument " + arg);
        }
    }

    private static String typeName(Object a) {
        return switch (a) {
            case Long n -> "int";
            case BigInteger n -> "*big.Int";
            case Double d -> "float64";
            default -> "string";
        };
    }

    private static String plain(Object a) {
        return a instanceof Double d ? shortest(d, 'e') : a.toString();
    }

    private void badVerb(Object arg, int verb) {
        out.append("%!").appendCodePoint(verb).append('(');
        out.append(arg instanceof BigInteger ? "big.Int" : typeName(arg)).append('=').append(plain(arg)).append(')');
    }

    private void formatInteger(BigInteger n, int verb, boolean big) {
        int base;
        switch (verb) {
            case 'd', 'v' -> base = 10;
            case 's' -> {
                if (!big) {
                    badVerb(n.longValue(), verb);
                    return;
                }
                base = 10;
            }
            case 'b' -> base = 2;
            case 'o', 'O' -> base = 8;
            case 'x', 'X' -> base = 16;
            case 'c', 'q', 'U' -> {
                if (big) {
                    badVerb(n, verb);
                } else {
                    formatRune(n.longValue(), verb);
                }
                return;
            }
            default -> {
                if (big) {
                    badVerb(n, verb);
                } else {
                    badVerb(n.longValue(), verb);
                }
                return;
            }
        }
        String digits = n.abs().toString(base);
        if (verb == 'X') {
            digits = digits.toUpperCase();
        }
        if (prec >= 0) {
            if (prec == 0 && n.signum() == 0) {
                digits = "";
            } else if (digits.length() < prec) {
                digits = "0".repeat(prec - digits.length()) + digits;
            }
        }
        String prefix = "";
        if (verb == 'O') {
            prefix = "0o";
        } else if (sharp) {
            switch (base) {
                case 2 -> prefix = "0b";
                case 8 -> prefix = digits.startsWith("0") ? "" : "0";
                case 16 -> prefix = verb == 'X' ? "0X" : "0x";
                default -> prefix = "";
            }
        }
        String sign = n.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
        padNumber(sign + prefix, digits, zero && prec < 0 && !minus);
    }

    private void formatRune(long code, int verb) {
        int cp = code < 0 || code > Character.MAX_CODE_POINT || (code >= 0xD800 && code <= 0xDFFF) ? 0xFFFD : (int) code;
        String s = switch (verb) {
            case 'c' -> new String(Character.toChars(cp));
            case 'q' -> "'" + (cp == '\'' ? "\\'" : quoteRune(cp)) + "'";
            default -> String.format("U+%04X", code) + (sharp ? " '" + new String(Character.toChars(cp)) + "'" : "");
        };
        pad(s);
    }

    private static String quoteRune(int cp) {
        String q = Values.toRego(StringValue.of(new String(Character.toChars(cp))));
        String inner = q.substring(1, q.length() - 1);
        return inner.equals("\\\"") ? "\"" : inner;
    }

    private void formatFloat(double d, int verb) {
        String body;
        switch (verb) {
            case 'v', 'g', 'G' -> {
                if (prec < 0) {
                    body = shortest(d, verb == 'G' ? 'E' : 'e');
                } else {
                    body = precisionG(Math.abs(d), Math.max(prec, 1), verb == 'G' ? 'E' : 'e');
                }
            }
            case 'e', 'E' -> body = exponent(Math.abs(d), prec < 0 ? 6 : prec, (char) verb);
            case 'f', 'F' -> body = new BigDecimal(Math.abs(d)).setScale(prec < 0 ? 6 : prec, RoundingMode.HALF_EVEN).toPlainString();
            case 'x', 'X' -> body = hexFloat(Math.abs(d), verb == 'X');
            case 'b' -> body = binaryFloat(Math.abs(d));
            default -> {
                badVerb(d, verb);
                return;
            }
        }
        if (body.startsWith("-")) {
            body = body.substring(1);
        }
        if (sharp && !body.contains(".") && (verb == 'e' || verb == 'E' || verb == 'f' || verb == 'F')) {
            int e = body.indexOf(verb == 'E' ? 'E' : 'e');
            body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
        }
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        String sign = negative ? "-" : plus ? "+" : space ? " " : "";
        padNumber(sign, body, zero && !minus);
    }

    /** Go's shortest {@code %v}/{@code %g} of a float64: exponent form below 1e-4 and from 1e6 up. */
    static String shortest(double d, char e) {
        if (d == 0) {
            return (1 / d < 0) ? "-0" : "0";
        }
        BigDecimal b = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = b.unscaledValue().toString();
        int dp = digits.length() - b.scale();
        int exp = dp - 1;
        String s = exp < -4 || exp >= 6
                ? GoFloatFormat.formatE(digits, dp, digits.length() - 1, e)
                : GoFloatFormat.formatF(digits, dp, Math.max(digits.length() - dp, 0));
        return d < 0 ? "-" + s : s;
    }

    private static String exponent(double abs, int precision, char e) {
        if (abs == 0) {
            return GoFloatFormat.formatE("0", 1, precision, e);
        }
        BigDecimal r = new BigDecimal(abs).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        return GoFloatFormat.formatE(digits, digits.length() - r.scale(), precision, e);
    }

    private String precisionG(double abs, int precision, char e) {
        if (abs == 0) {
            return "0";
        }
        BigDecimal r = new BigDecimal(abs).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int dp = digits.length() - r.scale();
        String trimmed = sharp ? digits : digits.replaceFirst("0+$", "");
        if (trimmed.isEmpty()) {
            trimmed = "0";
        }
        int exp = dp - 1;
        if (exp < -4 || exp >= precision) {
            return GoFloatFormat.formatE(trimmed, dp, trimmed.length() - 1, e);
        }
        return GoFloatFormat.formatF(trimmed, dp, Math.max(trimmed.length() - dp, 0));
    }

    private static String hexFloat(double abs, boolean upper) {
        if (abs == 0) {
            return upper ? "0X0P+00" : "0x0p+00";
        }
        long bits = Double.doubleToLongBits(abs);
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = -1022;
            while ((mant & (1L << 52)) == 0) {
                mant <<= 1;
                exp--;
            }
            mant &= (1L << 52) - 1;
        } else {
            exp -= 1023;
        }
        String frac = String.format("%013x", mant).replaceFirst("0+$", "");
        String s = "0x1" + (frac.isEmpty() ? "" : "." + frac) + "p" + (exp < 0 ? "-" : "+")
                + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        return upper ? s.toUpperCase() : s;
    }

    private static String binaryFloat(double abs) {
        long bits = Double.doubleToLongBits(abs);
        int exp = (int) ((bits >>> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        exp -= 1075;
        return mant + "p" + (exp < 0 ? "-" : "+") + Math.abs(exp);
    }

    private void formatString(String s, int verb) {
        switch (verb) {
            case 'v', 's' -> {
                if (verb == 'v' && sharp) {
                    pad(Values.toRego(StringValue.of(s)));
                } else {
                    pad(prec >= 0 ? truncateRunes(s, prec) : s);
                }
            }
            case 'q' -> pad(sharp && s.indexOf('`') < 0 && s.chars().allMatch(c -> c >= 0x20 && c != 0x7f || c == '\t')
                    ? "`" + s + "`"
                    : Values.toRego(StringValue.of(s)));
            case 'x', 'X' -> {
                byte[] bytes = (prec >= 0 ? truncateRunes(s, prec) : s).getBytes(StandardCharsets.UTF_8);
                StringBuilder hex = new StringBuilder();
                for (int i = 0; i < bytes.length; i++) {
                    if (space && i > 0) {
                        hex.append(' ');
                    }
                    if (sharp && (space || i == 0)) {
                        hex.append(verb == 'X' ? "0X" : "0x");
                    }
                    hex.append(String.format(verb == 'X' ? "%02X" : "%02x", bytes[i] & 0xFF));
                }
                pad(hex.toString());
            }
            default -> badVerb(s, verb);
        }
    }

    private static String truncateRunes(String s, int n) {
        int count = s.codePointCount(0, s.length());
        return count <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    // Pads to the width with spaces (left, or right with '-').
    private void pad(String s) {
        int runes = s.codePointCount(0, s.length());
        if (width <= runes) {
            out.append(s);
        } else if (minus) {
            out.append(s).append(" ".repeat(width - runes));
        } else {
            out.append(" ".repeat(width - runes)).append(s);
        }
    }

    // Pads a number, putting zeros (when asked) between its sign/prefix and its digits.
    private void padNumber(String signAndPrefix, String digits, boolean zeroPad) {
        int length = signAndPrefix.length() + digits.length();
        if (zeroPad && width > length) {
            out.append(signAndPrefix).append("0".repeat(width - length)).append(digits);
        } else {
            pad(signAndPrefix + digits);
        }
    }
}
