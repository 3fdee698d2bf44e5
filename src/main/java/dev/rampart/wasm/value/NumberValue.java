package dev.rampart.wasm.value;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * An OPA number: an exact integer of any size or an exact decimal, never a binary float.
 *
 * <p>Equal numbers have one canonical representation (an integer in {@code long} range is held as a
 * {@code long}, anything else as a {@link BigDecimal} without trailing zeros), so {@code 1} and {@code 1.0}
 * are equal, hash alike and are the same object key or set member, as in OPA.
 *
 * <p>OPA keeps a number as the text it was written in: it prints {@code 1.0} as {@code 1.0} and, where it
 * needs a machine integer (array indexes, {@code substring} offsets, …), it refuses {@code 1.0} and
 * {@code 1e2} because that text does not parse as an integer. The written text is therefore kept when it
 * differs from the canonical rendering (rarely: {@code 80} and {@code 0.5} need no copy).
 */
public final class NumberValue implements Value {
    /** Integers with more digits than this are rendered in exponent form instead of being expanded. */
    private static final int MAX_EXPANDED_DIGITS = 1000;
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final NumberValue[] SMALL = new NumberValue[1024 + 128];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new NumberValue(i - 128, null, null);
        }
    }

    public static final NumberValue ZERO = of(0);
    public static final NumberValue ONE = of(1);

    private final long small; // the value when big == null
    private final BigDecimal big; // canonical (stripped) value outside long range or not an integer
    private final String text; // the written form when it differs from render(); null otherwise

    private NumberValue(long small, BigDecimal big, String text) {
        this.small = small;
        this.big = big;
        this.text = text;
    }

    /** The number {@code n}. */
    public static NumberValue of(long n) {
        if (n >= -128 && n < SMALL.length - 128) {
            return SMALL[(int) n + 128];
        }
        return new NumberValue(n, null, null);
    }

    /** The integer {@code n}. */
    public static NumberValue of(BigInteger n) {
        if (n.bitLength() < 64) {
            return of(n.longValue());
        }
        return new NumberValue(0, new BigDecimal(n).stripTrailingZeros(), null);
    }

    /** The exact decimal {@code n}, in canonical form (its scale is not kept). */
    public static NumberValue of(BigDecimal n) {
        if (n.signum() == 0) {
            return ZERO;
        }
        BigDecimal stripped = n.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= 19) {
            BigInteger i = stripped.toBigInteger();
            if (i.bitLength() < 64) {
                return of(i.longValue());
            }
        }
        return new NumberValue(0, stripped, null);
    }

    /**
     * Parses a JSON or Rego number literal ({@code -12}, {@code 3.50}, {@code 1e400}) exactly, keeping
     * its text for printing when that differs from the canonical rendering.
     *
     * @throws NumberFormatException when {@code text} is not a number
     */
    public static NumberValue parse(String text) {
        int n = text.length();
        if (n > 0 && n <= 18 && isPlainInteger(text) && !text.equals("-0")) {
            return of(Long.parseLong(text));
        }
        NumberValue canonical = of(new BigDecimal(text));
        // Only JSON-shaped text is kept: it is printed verbatim, also into JSON documents.
        if (canonical.render().equals(text) || !JSON_NUMBER.matcher(text).matches()) {
            return canonical;
        }
        return new NumberValue(canonical.small, canonical.big, text);
    }


    private static boolean isPlainInteger(String s) {
        int i = s.charAt(0) == '-' ? 1 : 0;
        if (i == s.length() || (s.charAt(i) == '0' && s.length() > i + 1)) {
            return false;
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public Kind kind() {
        return Kind.NUMBER;
    }

    /** Whether this number is mathematically an integer ({@code 1.0} and {@code 1e2} are). */
    public boolean isInteger() {
        return big == null || big.scale() <= 0;
    }

    /**
     * Whether OPA accepts this number where it needs a machine integer: an integer in {@code long} range
     * written without a fraction or exponent ({@code 1.0} and {@code 1e2} are not, as in OPA).
     */
    public boolean hasIntegerForm() {
        return big == null && (text == null || isPlainInteger(text));
    }

    /** Whether this is an integer in {@code long} range. */
    public boolean fitsLong() {
        return big == null;
    }

    /**
     * This number as a {@code long}.
     *
     * @throws ArithmeticException when it is not an integer in {@code long} range
     */
    public long longValue() {
        if (big != null) {
            throw new ArithmeticException("not an integer in 64-bit range: " + this);
        }
        return small;
    }

    /** How many digits the integer part has (1 for values below 10 in magnitude). */
    public int integerDigits() {
        if (big == null) {
            return small == 0 ? 1 : Long.toString(Math.abs(small)).length() - (small == Long.MIN_VALUE ? 1 : 0);
        }
        return Math.max(1, big.precision() - big.scale());
    }

    /**
     * This integer as a {@link BigInteger}.
     *
     * @throws ArithmeticException when it is not an integer
     */
    public BigInteger toBigInteger() {
        return big == null ? BigInteger.valueOf(small) : big.toBigIntegerExact();
    }

    /** The exact value as a {@link BigDecimal}. */
    public BigDecimal toBigDecimal() {
        return big == null ? BigDecimal.valueOf(small) : big;
    }

    /** The nearest {@code double}; infinite when out of range. */
    public double doubleValue() {
        return big == null ? (double) small : Double.parseDouble(big.toString());
    }

    /** -1, 0 or 1 as this number is negative, zero or positive. */
    public int signum() {
        return big == null ? Long.signum(small) : big.signum();
    }

    /** Compares by numeric value ({@code 1} and {@code 1.0} compare equal). */
    public int compareNumber(NumberValue other) {
        if (big == null && other.big == null) {
            return Long.compare(small, other.small);
        }
        return toBigDecimal().compareTo(other.toBigDecimal());
    }

    /** The text OPA prints for this number: as written, or canonical when computed. */
    public String render() {
        if (text != null) {
            return text;
        }
        if (big == null) {
            return Long.toString(small);
        }
        if (big.scale() <= 0 && big.precision() - big.scale() <= MAX_EXPANDED_DIGITS) {
            return big.toPlainString();
        }
        String digits = big.unscaledValue().abs().toString();
        String formatted = GoFloatFormat.formatShortestG(digits, digits.length() - big.scale());
        return big.signum() < 0 ? "-" + formatted : formatted;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof NumberValue n)) {
            return false;
        }
        return big == null ? n.big == null && small == n.small : big.equals(n.big);
    }

    @Override
    public int hashCode() {
        return big == null ? Long.hashCode(small) : big.hashCode();
    }

    @Override
    public String toString() {
        return render();
    }
}
