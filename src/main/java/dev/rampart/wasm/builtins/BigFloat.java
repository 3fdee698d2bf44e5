package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.GoFloatFormat;
import dev.rampart.wasm.value.NumberValue;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A binary floating-point number with a fixed mantissa width, rounded to nearest even: the arithmetic
 * of Go's {@code big.Float}, which OPA uses for every operation on non-integers (64-bit mantissas for
 * {@code + - * /}, 53 for {@code product}). Emulating it, including how OPA prints the result (the
 * shortest decimal that reads back to the same float), makes {@code 0.1 + 0.2} print {@code 0.3} and
 * {@code 1 / 3} print {@code 0.33333333333333333334}, as OPA does.
 */
final class BigFloat {
    /** Beyond this decimal exponent we refuse rather than build enormous integers. */
    private static final int MAX_DECIMAL_EXPONENT = 100_000;

    final int prec;
    final boolean negative;
    final BigInteger mant; // zero, or exactly prec bits
    final long exp; // value = mant * 2^exp

    private BigFloat(int prec, boolean negative, BigInteger mant, long exp) {
        this.prec = prec;
        this.negative = negative;
        this.mant = mant;
        this.exp = exp;
    }

    /** {@code magnitude * 2^exp}, negated when {@code negative}, rounded to {@code prec} bits. */
    static BigFloat of(int prec, boolean negative, BigInteger magnitude, long exp) {
        if (magnitude.signum() == 0) {
            return new BigFloat(prec, negative, BigInteger.ZERO, 0);
        }
        int bits = magnitude.bitLength();
        if (bits <= prec) {
            return new BigFloat(prec, negative, magnitude.shiftLeft(prec - bits), exp - (prec - bits));
        }
        int shift = bits - prec;
        BigInteger q = magnitude.shiftRight(shift);
        int half = magnitude.getLowestSetBit() >= shift ? -1 : compareToHalf(magnitude, shift);
        if (half > 0 || (half == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
            if (q.bitLength() > prec) {
                q = q.shiftRight(1);
                shift++;
            }
        }
        return new BigFloat(prec, negative, q, exp + shift);
    }

    // Compares the bits of m below position `shift` with one half of 2^shift.
    private static int compareToHalf(BigInteger m, int shift) {
        if (!m.testBit(shift - 1)) {
            return -1;
        }
        return m.getLowestSetBit() < shift - 1 ? 1 : 0;
    }

    /** The nearest {@code prec}-bit float to {@code n}, as Go's {@code SetString} gives it. */
    static BigFloat of(NumberValue n, int prec) {
        if (n.fitsLong()) {
            long v = n.longValue();
            return of(prec, v < 0, BigInteger.valueOf(v).abs(), 0);
        }
        return of(n.toBigDecimal(), prec);
    }

    static BigFloat of(BigDecimal d, int prec) {
        BigInteger u = d.unscaledValue().abs();
        boolean negative = d.signum() < 0;
        int scale = d.scale();
        long decimalExponent = (long) d.precision() - scale;
        if (Math.abs(decimalExponent) > MAX_DECIMAL_EXPONENT || Math.abs((long) scale) > 2L * MAX_DECIMAL_EXPONENT) {
            throw BuiltinError.failure("number too large or too small for floating-point arithmetic");
        }
        if (scale <= 0) {
            return of(prec, negative, u.multiply(BigInteger.TEN.pow(-scale)), 0);
        }
        // u / 10^s = (u / 5^s) * 2^-s: divide exactly enough to round correctly.
        return quotient(prec, negative, u, BigInteger.valueOf(5).pow(scale), -scale);
    }

    // Rounds (num / den) * 2^exp to prec bits, keeping a sticky bit for an inexact quotient.
    private static BigFloat quotient(int prec, boolean negative, BigInteger num, BigInteger den, long exp) {
        int k = Math.max(0, prec + 2 + den.bitLength() - num.bitLength());
        BigInteger[] qr = num.shiftLeft(k).divideAndRemainder(den);
        BigInteger q = qr[0];
        long e = exp - k;
        if (qr[1].signum() != 0) {
            q = q.shiftLeft(1).setBit(0);
            e--;
        }
        return of(prec, negative, q, e);
    }

    boolean isZero() {
        return mant.signum() == 0;
    }

    BigFloat add(BigFloat y, int resultPrec) {
        if (isZero() && y.isZero()) {
            return new BigFloat(resultPrec, negative && y.negative, BigInteger.ZERO, 0);
        }
        if (isZero()) {
            return of(resultPrec, y.negative, y.mant, y.exp);
        }
        if (y.isZero()) {
            return of(resultPrec, negative, mant, exp);
        }
        long e = Math.min(exp, y.exp);
        BigInteger a = signed(mant.shiftLeft(Math.toIntExact(exp - e)), negative);
        BigInteger b = signed(y.mant.shiftLeft(Math.toIntExact(y.exp - e)), y.negative);
        BigInteger sum = a.add(b);
        // An exact zero sum is +0 under round-to-nearest, as in Go.
        return of(resultPrec, sum.signum() < 0, sum.abs(), e);
    }

    BigFloat negate() {
        return new BigFloat(prec, !negative, mant, exp);
    }

    BigFloat multiply(BigFloat y, int resultPrec) {
        return of(resultPrec, negative != y.negative, mant.multiply(y.mant), exp + y.exp);
    }

    /** {@code this / y}; the caller rules out a zero divisor. */
    BigFloat divide(BigFloat y, int resultPrec) {
        if (isZero()) {
            return new BigFloat(resultPrec, negative != y.negative, BigInteger.ZERO, 0);
        }
        return quotient(resultPrec, negative != y.negative, mant, y.mant, exp - y.exp);
    }

    private static BigInteger signed(BigInteger m, boolean negative) {
        return negative ? m.negate() : m;
    }

    boolean isInteger() {
        return isZero() || exp >= 0 || mant.getLowestSetBit() >= -exp;
    }

    /** The integer part, truncated toward zero (Go's {@code Int}). */
    BigInteger truncate() {
        if (isZero()) {
            return BigInteger.ZERO;
        }
        BigInteger m = exp >= 0 ? mant.shiftLeft(Math.toIntExact(exp)) : mant.shiftRight(Math.toIntExact(-exp));
        return signed(m, negative);
    }

    /** The number OPA makes of this float: integral values as integers, others in Go's shortest 'g' form. */
    NumberValue toNumber() {
        if (isZero()) {
            return NumberValue.parse(negative ? "-0" : "0");
        }
        Decimal d = shortest();
        String text = isInteger()
                ? GoFloatFormat.formatF(d.digits, d.dp, Math.max(d.digits.length() - d.dp, 0))
                : GoFloatFormat.formatShortestG(d.digits, d.dp);
        return NumberValue.parse(negative ? "-" + text : text);
    }

    /** A decimal {@code 0.digits × 10^dp} without trailing zeros. */
    record Decimal(String digits, int dp) {}

    // The exact decimal value of m * 2^e.
    private static Decimal exact(BigInteger m, long e) {
        String s;
        long dp;
        if (e >= 0) {
            s = m.shiftLeft(Math.toIntExact(e)).toString();
            dp = s.length();
        } else {
            s = m.multiply(BigInteger.valueOf(5).pow(Math.toIntExact(-e))).toString();
            dp = s.length() + e;
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new Decimal(s.substring(0, end), Math.toIntExact(dp));
    }

    /** The shortest decimal that rounds back to this float, by Go's {@code roundShortest}. */
    Decimal shortest() {
        Decimal d = exact(mant, exp);
        // With the mantissa shifted left by one, its lowest bit is half an ulp: the bounds are m±1.
        BigInteger m2 = mant.shiftLeft(1);
        long e2 = exp - 1;
        Decimal lower = exact(m2.subtract(BigInteger.ONE), e2);
        Decimal upper = exact(m2.add(BigInteger.ONE), e2);
        boolean inclusive = !mant.testBit(0);
        String digits = d.digits;
        for (int i = 0; i < digits.length(); i++) {
            char l = at(lower, i);
            char m = digits.charAt(i);
            char u = at(upper, i);
            boolean okDown = l != m || inclusive && i + 1 == lower.digits.length();
            boolean okUp = m != u && (inclusive || m + 1 < u || i + 1 < upper.digits.length());
            if (okDown && okUp) {
                return roundNearest(d, i + 1);
            } else if (okDown) {
                return roundDown(d, i + 1);
            } else if (okUp) {
                return roundUp(d, i + 1);
            }
        }
        return d;
    }

    private static char at(Decimal d, int i) {
        return i < d.digits.length() ? d.digits.charAt(i) : '0';
    }

    private static Decimal roundNearest(Decimal d, int n) {
        if (n >= d.digits.length()) {
            return d;
        }
        char c = d.digits.charAt(n);
        boolean up = c == '5' && n + 1 == d.digits.length()
                ? n > 0 && ((d.digits.charAt(n - 1) - '0') & 1) != 0
                : c >= '5';
        return up ? roundUp(d, n) : roundDown(d, n);
    }

    private static Decimal roundDown(Decimal d, int n) {
        if (n >= d.digits.length()) {
            return d;
        }
        String s = d.digits.substring(0, n);
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return new Decimal(s.substring(0, end), d.dp);
    }

    private static Decimal roundUp(Decimal d, int n) {
        if (n >= d.digits.length()) {
            return d;
        }
        int k = n;
        while (k > 0 && d.digits.charAt(k - 1) >= '9') {
            k--;
        }
        if (k == 0) {
            return new Decimal("1", d.dp + 1);
        }
        return new Decimal(d.digits.substring(0, k - 1) + (char) (d.digits.charAt(k - 1) + 1), d.dp);
    }
}
