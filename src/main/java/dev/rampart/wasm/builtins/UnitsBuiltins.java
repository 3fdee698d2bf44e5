package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.NumberValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * {@code units.parse} (SI and binary suffixes, {@code m} is milli and {@code M} mega, exact results) and
 * {@code units.parse_bytes} (case-insensitive byte units, truncated to whole bytes).
 */
final class UnitsBuiltins {
    private static final int MAX_EXPONENT_DIGITS = 6;
    private static final BigInteger K = BigInteger.valueOf(1000);
    private static final BigInteger KI = BigInteger.valueOf(1024);
    private static final Map<String, BigInteger> SI = Map.ofEntries(
            Map.entry("", BigInteger.ONE),
            Map.entry("k", K), Map.entry("K", K), Map.entry("M", K.pow(2)), Map.entry("g", K.pow(3)), Map.entry("G", K.pow(3)),
            Map.entry("t", K.pow(4)), Map.entry("T", K.pow(4)), Map.entry("p", K.pow(5)), Map.entry("P", K.pow(5)),
            Map.entry("e", K.pow(6)), Map.entry("E", K.pow(6)),
            Map.entry("ki", KI), Map.entry("Ki", KI), Map.entry("mi", KI.pow(2)), Map.entry("Mi", KI.pow(2)),
            Map.entry("gi", KI.pow(3)), Map.entry("Gi", KI.pow(3)), Map.entry("ti", KI.pow(4)), Map.entry("Ti", KI.pow(4)),
            Map.entry("pi", KI.pow(5)), Map.entry("Pi", KI.pow(5)), Map.entry("ei", KI.pow(6)), Map.entry("Ei", KI.pow(6)));
    private static final Map<String, BigInteger> BYTES = Map.ofEntries(
            Map.entry("", BigInteger.ONE),
            Map.entry("kb", K), Map.entry("k", K), Map.entry("kib", KI), Map.entry("ki", KI),
            Map.entry("mb", K.pow(2)), Map.entry("m", K.pow(2)), Map.entry("mib", KI.pow(2)), Map.entry("mi", KI.pow(2)),
            Map.entry("gb", K.pow(3)), Map.entry("g", K.pow(3)), Map.entry("gib", KI.pow(3)), Map.entry("gi", KI.pow(3)),
            Map.entry("tb", K.pow(4)), Map.entry("t", K.pow(4)), Map.entry("tib", KI.pow(4)), Map.entry("ti", KI.pow(4)),
            Map.entry("pb", K.pow(5)), Map.entry("p", K.pow(5)), Map.entry("pib", KI.pow(5)), Map.entry("pi", KI.pow(5)),
            Map.entry("eb", K.pow(6)), Map.entry("e", K.pow(6)), Map.entry("eib", KI.pow(6)), Map.entry("ei", KI.pow(6)));

    /**
     * Beyond OPA: the other SI prefixes and the binary zebi/yobi, as regorus accepts them (OPA rejects these
     * units, so no OPA policy can depend on their values). Results with them are exact.
     */
    private static final Map<String, BigDecimal> SI_EXTENSIONS = Map.ofEntries(
            Map.entry("Q", BigDecimal.TEN.pow(30)), Map.entry("R", BigDecimal.TEN.pow(27)),
            Map.entry("Y", BigDecimal.TEN.pow(24)), Map.entry("Z", BigDecimal.TEN.pow(21)),
            Map.entry("h", BigDecimal.TEN.pow(2)), Map.entry("da", BigDecimal.TEN),
            Map.entry("d", BigDecimal.ONE.movePointLeft(1)), Map.entry("c", BigDecimal.ONE.movePointLeft(2)),
            Map.entry("\u03bc", BigDecimal.ONE.movePointLeft(6)), Map.entry("n", BigDecimal.ONE.movePointLeft(9)),
            Map.entry("f", BigDecimal.ONE.movePointLeft(15)), Map.entry("a", BigDecimal.ONE.movePointLeft(18)),
            Map.entry("z", BigDecimal.ONE.movePointLeft(21)), Map.entry("y", BigDecimal.ONE.movePointLeft(24)),
            Map.entry("r", BigDecimal.ONE.movePointLeft(27)), Map.entry("q", BigDecimal.ONE.movePointLeft(30)),
            Map.entry("zi", new BigDecimal(KI.pow(7))), Map.entry("Zi", new BigDecimal(KI.pow(7))),
            Map.entry("yi", new BigDecimal(KI.pow(8))), Map.entry("Yi", new BigDecimal(KI.pow(8))));
    private static final Map<String, BigInteger> BYTE_EXTENSIONS = Map.ofEntries(
            Map.entry("qb", K.pow(10)), Map.entry("q", K.pow(10)), Map.entry("rb", K.pow(9)), Map.entry("r", K.pow(9)),
            Map.entry("yb", K.pow(8)), Map.entry("y", K.pow(8)), Map.entry("zb", K.pow(7)), Map.entry("z", K.pow(7)),
            Map.entry("zib", KI.pow(7)), Map.entry("zi", KI.pow(7)), Map.entry("yib", KI.pow(8)),
            Map.entry("yi", KI.pow(8)));

    private UnitsBuiltins() {}

    static void register(Registry r) {
        r.function("units.parse", 1, (ctx, a) -> parse(Operands.string(a[0], 1).replace("\"", "")));
        r.function("units.parse_bytes", 1, (ctx, a) ->
                parseBytes(Operands.string(a[0], 1).toLowerCase(Locale.ROOT).replace("\"", "")));
    }

    private static NumberValue parse(String s) {
        if (s.contains(" ")) {
            throw BuiltinError.failure("spaces not allowed in resource strings");
        }
        String[] numAndUnit = split(s, "exponent too large");
        if (numAndUnit[0].isEmpty()) {
            throw BuiltinError.failure("no amount provided");
        }
        String unit = numAndUnit[1];
        // Only the letters after the first are case-insensitive, so that m (milli) and M (mega) differ.
        if (unit.length() > 1) {
            unit = unit.charAt(0) + unit.substring(1).toLowerCase(Locale.ROOT);
        }
        BigDecimal amount = decimal(numAndUnit[0], "could not parse amount to a number");
        BigDecimal value;
        if (unit.equals("m")) {
            value = amount.divide(BigDecimal.valueOf(1000));
        } else if (SI.containsKey(unit)) {
            value = amount.multiply(new BigDecimal(SI.get(unit)));
        } else if (SI_EXTENSIONS.containsKey(unit)) {
            return NumberValue.of(amount.multiply(SI_EXTENSIONS.get(unit)).stripTrailingZeros());
        } else {
            throw BuiltinError.failure("unit " + unit + " not recognized");
        }
        if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
            return NumberValue.of(value.toBigInteger());
        }
        // OPA prints non-integers with exactly ten decimals (big.Rat's FloatString(10)).
        return NumberValue.parse(value.setScale(10, RoundingMode.HALF_UP).toPlainString());
    }

    private static NumberValue parseBytes(String s) {
        if (s.contains(" ")) {
            throw BuiltinError.failure("spaces not allowed in resource strings");
        }
        String[] numAndUnit = split(s, "exponent too large");
        if (numAndUnit[0].isEmpty()) {
            throw BuiltinError.failure("no byte amount provided");
        }
        BigInteger factor = BYTES.get(numAndUnit[1]);
        BigDecimal amount = decimal(numAndUnit[0], "could not parse byte amount to a number");
        if (factor == null && BYTE_EXTENSIONS.containsKey(numAndUnit[1])) {
            return NumberValue.of(amount.multiply(new BigDecimal(BYTE_EXTENSIONS.get(numAndUnit[1]))).toBigInteger());
        }
        if (factor == null) {
            throw BuiltinError.failure("byte unit " + numAndUnit[1] + " not recognized");
        }
        // OPA multiplies in a 64-bit-mantissa float and truncates.
        BigFloat product = BigFloat.of(amount, Arithmetic.FLOAT_PREC)
                .multiply(BigFloat.of(new BigDecimal(factor), Arithmetic.FLOAT_PREC), Arithmetic.FLOAT_PREC);
        return NumberValue.of(product.truncate());
    }

    private static BigDecimal decimal(String s, String error) {
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw BuiltinError.failure(error);
        }
    }

    /** The amount ({@code 10}, {@code 1.5}, {@code 2e3}) and the unit after it. */
    private static String[] split(String s, String exponentError) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isDigit(c) || c == '.' || c == '+' || c == '-') {
                i++;
                continue;
            }
            if ((c == 'e' || c == 'E') && i + 1 < s.length()
                    && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-')) {
                int j = i + 1;
                if (s.charAt(j) == '+' || s.charAt(j) == '-') {
                    j++;
                }
                int digits = j;
                while (digits < s.length() && Character.isDigit(s.charAt(digits))) {
                    digits++;
                }
                if (digits - j > MAX_EXPONENT_DIGITS) {
                    throw BuiltinError.failure(exponentError);
                }
                i = j;
                continue;
            }
            break;
        }
        return new String[] {s.substring(0, i), s.substring(i)};
    }
}
