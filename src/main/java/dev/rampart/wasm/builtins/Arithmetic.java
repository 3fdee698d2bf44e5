package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.NumberValue;
import java.math.BigInteger;

/**
 * OPA's arithmetic: exact on integers of any size (long fast path, then {@link BigInteger}), Go
 * {@code big.Float} with 64-bit mantissas on anything else; integral results print as integers.
 */
final class Arithmetic {
    /** Integers longer than this are refused rather than expanded (a {@code 1e100000000} literal). */
    static final int MAX_INTEGER_DIGITS = 100_000;
    /** Mantissa width of the floats OPA parses numbers into. */
    static final int FLOAT_PREC = 64;

    private Arithmetic() {}

    static BigInteger exactInteger(NumberValue n) {
        if (n.integerDigits() > MAX_INTEGER_DIGITS) {
            throw BuiltinError.failure("number too large: " + n.integerDigits() + " digits");
        }
        return n.toBigInteger();
    }

    static boolean bothIntegers(NumberValue a, NumberValue b) {
        return a.isInteger() && b.isInteger();
    }

    static NumberValue plus(NumberValue a, NumberValue b) {
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.longValue();
            long y = b.longValue();
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return NumberValue.of(r);
            }
        }
        if (bothIntegers(a, b)) {
            return NumberValue.of(exactInteger(a).add(exactInteger(b)));
        }
        return BigFloat.of(a, FLOAT_PREC).add(BigFloat.of(b, FLOAT_PREC), FLOAT_PREC).toNumber();
    }

    static NumberValue minus(NumberValue a, NumberValue b) {
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.longValue();
            long y = b.longValue();
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return NumberValue.of(r);
            }
        }
        if (bothIntegers(a, b)) {
            return NumberValue.of(exactInteger(a).subtract(exactInteger(b)));
        }
        return BigFloat.of(a, FLOAT_PREC).add(BigFloat.of(b, FLOAT_PREC).negate(), FLOAT_PREC).toNumber();
    }

    static NumberValue multiply(NumberValue a, NumberValue b) {
        if (a.fitsLong() && b.fitsLong()) {
            long x = a.longValue();
            long y = b.longValue();
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return NumberValue.of(lo);
            }
        }
        if (bothIntegers(a, b)) {
            return NumberValue.of(exactInteger(a).multiply(exactInteger(b)));
        }
        return BigFloat.of(a, FLOAT_PREC).multiply(BigFloat.of(b, FLOAT_PREC), FLOAT_PREC).toNumber();
    }

    /**
     * Exact when the divisor divides a non-zero integer dividend, a 64-bit-mantissa float quotient
     * otherwise (so {@code 1 / 3} is {@code 0.33333333333333333334}).
     */
    static NumberValue divide(NumberValue a, NumberValue b) {
        if (b.signum() == 0) {
            throw BuiltinError.failure("divide by zero");
        }
        if (bothIntegers(a, b) && a.signum() != 0) {
            BigInteger[] qr = exactInteger(a).divideAndRemainder(exactInteger(b));
            if (qr[1].signum() == 0) {
                return NumberValue.of(qr[0]);
            }
        }
        return BigFloat.of(a, FLOAT_PREC).divide(BigFloat.of(b, FLOAT_PREC), FLOAT_PREC).toNumber();
    }

    /** The remainder, truncated like Go's {@code %}; integers only. */
    static NumberValue remainder(NumberValue a, NumberValue b) {
        if (!bothIntegers(a, b)) {
            throw BuiltinError.failure("modulo on floating-point number");
        }
        if (b.signum() == 0) {
            throw BuiltinError.failure("modulo by zero");
        }
        if (a.fitsLong() && b.fitsLong()) {
            long y = b.longValue();
            return NumberValue.of(y == -1 ? 0 : a.longValue() % y);
        }
        return NumberValue.of(exactInteger(a).remainder(exactInteger(b)));
    }

    static NumberValue abs(NumberValue n) {
        if (n.signum() >= 0) {
            return n.isInteger() ? n : BigFloat.of(n, FLOAT_PREC).toNumber();
        }
        if (n.isInteger()) {
            return n.fitsLong() && n.longValue() != Long.MIN_VALUE
                    ? NumberValue.of(-n.longValue())
                    : NumberValue.of(exactInteger(n).negate());
        }
        return BigFloat.of(n, FLOAT_PREC).negate().toNumber();
    }

    /** Rounds half away from zero: {@code round(-2.5)} is {@code -3}. */
    static NumberValue round(NumberValue n) {
        if (n.isInteger()) {
            return integral(n);
        }
        BigFloat x = BigFloat.of(n, FLOAT_PREC);
        BigFloat half = BigFloat.of(FLOAT_PREC, x.negative, BigInteger.ONE, -1);
        return NumberValue.of(x.add(half, FLOAT_PREC).truncate());
    }

    // ceil and floor work on the 64-bit float OPA parses the number into (so a decimal too close to an
    // integer to be told apart rounds to it), but unlike OPA they are right for -1 < n < 0.
    static NumberValue ceil(NumberValue n) {
        if (n.isInteger()) {
            return integral(n);
        }
        BigFloat x = BigFloat.of(n, FLOAT_PREC);
        BigInteger t = x.truncate();
        return NumberValue.of(x.isInteger() || x.negative ? t : t.add(BigInteger.ONE));
    }

    static NumberValue floor(NumberValue n) {
        if (n.isInteger()) {
            return integral(n);
        }
        BigFloat x = BigFloat.of(n, FLOAT_PREC);
        BigInteger t = x.truncate();
        return NumberValue.of(x.isInteger() || !x.negative ? t : t.subtract(BigInteger.ONE));
    }

    // An integer given as 1.0 or 1e2 comes back in integer form, as OPA's float path prints it.
    private static NumberValue integral(NumberValue n) {
        return n.hasIntegerForm() ? n : NumberValue.of(exactInteger(n));
    }
}
