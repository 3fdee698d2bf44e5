package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.Value;
import java.math.BigInteger;
import java.util.function.BinaryOperator;

/** {@code bits.and}, {@code bits.or}, {@code bits.xor}, {@code bits.negate}, {@code bits.lsh}, {@code bits.rsh} on integers of any size (two's complement). */
final class BitsBuiltins {
    /** A left shift may not produce a number wider than this many bits. */
    private static final long MAX_RESULT_BITS = 1L << 20;

    private BitsBuiltins() {}

    static void register(Registry r) {
        binary(r, "bits.and", BigInteger::and);
        binary(r, "bits.or", BigInteger::or);
        binary(r, "bits.xor", BigInteger::xor);
        r.function("bits.negate", 1, (ctx, a) -> NumberValue.of(Operands.bigInteger(a[0], 1).not()));
        r.function("bits.lsh", 2, (ctx, a) -> {
            BigInteger x = Operands.bigInteger(a[0], 1);
            int shift = shift(a[1]);
            if (x.bitLength() + (long) shift > MAX_RESULT_BITS) {
                throw BuiltinError.failure("shifting by " + shift + " bits makes a number too large");
            }
            ctx.charge((x.bitLength() + (long) shift) / 8 + AllocationMeter.BYTES_PER_VALUE);
            return NumberValue.of(x.shiftLeft(shift));
        });
        r.function("bits.rsh", 2, (ctx, a) -> {
            BigInteger x = Operands.bigInteger(a[0], 1);
            BigInteger by = Operands.bigInteger(a[1], 2);
            if (by.signum() < 0) {
                throw Operands.operandError(2, "must be an unsigned integer number but got a negative integer");
            }
            // Shifting right by more bits than the number has leaves its sign.
            int shift = by.bitLength() > 31 ? Integer.MAX_VALUE : by.intValue();
            return NumberValue.of(x.shiftRight(shift));
        });
    }

    private static void binary(Registry r, String name, BinaryOperator<BigInteger> op) {
        r.function(name, 2, (ctx, a) -> NumberValue.of(op.apply(Operands.bigInteger(a[0], 1), Operands.bigInteger(a[1], 2))));
    }

    private static int shift(Value v) {
        BigInteger by = Operands.bigInteger(v, 2);
        if (by.signum() < 0) {
            throw Operands.operandError(2, "must be an unsigned integer number but got a negative integer");
        }
        if (by.compareTo(BigInteger.valueOf(MAX_RESULT_BITS)) > 0) {
            throw BuiltinError.failure("shifting by " + by + " bits makes a number too large");
        }
        return by.intValue();
    }
}
