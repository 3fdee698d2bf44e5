package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.StringValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Map;

/** Go's {@code time.ParseDuration}: {@code "1h6m13.3s"}, units ns, us/µs/μs, ms, s, m, h; nanoseconds out. */
final class GoDuration {
    private static final Map<String, Long> UNITS = Map.of(
            "ns", 1L, "us", 1_000L, "\u00b5s", 1_000L, "\u03bcs", 1_000L, "ms", 1_000_000L,
            "s", 1_000_000_000L, "m", 60_000_000_000L, "h", 3_600_000_000_000L);

    private GoDuration() {}

    static long parse(String s) {
        String orig = s;
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        if (s.substring(i).equals("0")) {
            return 0;
        }
        if (i == s.length()) {
            throw invalid(orig);
        }
        BigDecimal total = BigDecimal.ZERO;
        while (i < s.length()) {
            int start = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            boolean whole = i > start;
            int fracStart = i;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                while (i < s.length() && Character.isDigit(s.charAt(i))) {
                    i++;
                }
            }
            boolean fraction = i > fracStart + 1;
            if (!whole && !fraction) {
                throw invalid(orig);
            }
            String number = s.substring(start, i);
            int unitStart = i;
            while (i < s.length() && s.charAt(i) != '.' && !Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (unitStart == i) {
                throw BuiltinError.failure("time: missing unit in duration " + StringValue.of(orig));
            }
            String unit = s.substring(unitStart, i);
            Long scale = UNITS.get(unit);
            if (scale == null) {
                throw BuiltinError.failure("time: unknown unit " + StringValue.of(unit) + " in duration " + StringValue.of(orig));
            }
            String plain = number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
            BigDecimal amount = new BigDecimal(plain.startsWith(".") ? "0" + plain : plain);
            // Go truncates a fraction of a nanosecond.
            total = total.add(amount.multiply(BigDecimal.valueOf(scale)).setScale(0, RoundingMode.DOWN));
        }
        BigInteger nanos = total.toBigInteger();
        if (negative) {
            nanos = nanos.negate();
        }
        if (nanos.bitLength() > 63) {
            throw invalid(orig);
        }
        return nanos.longValue();
    }

    private static BuiltinError invalid(String s) {
        return BuiltinError.failure("time: invalid duration " + StringValue.of(s));
    }
}
