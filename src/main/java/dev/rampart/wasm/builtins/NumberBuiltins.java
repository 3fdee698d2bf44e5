package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.math.BigInteger;
import java.util.List;

/** {@code abs}, {@code round}, {@code ceil}, {@code floor}, {@code numbers.range[_step]} and {@code rand.intn}. */
final class NumberBuiltins {
    /** An array cannot be longer than this in Java. */
    private static final long MAX_RANGE = Integer.MAX_VALUE - 8;

    private NumberBuiltins() {}

    static void register(Registry r) {
        r.function("abs", 1, (ctx, a) -> Arithmetic.abs(Operands.number(a[0], 1)));
        r.function("round", 1, (ctx, a) -> Arithmetic.round(Operands.number(a[0], 1)));
        r.function("ceil", 1, (ctx, a) -> Arithmetic.ceil(Operands.number(a[0], 1)));
        r.function("floor", 1, (ctx, a) -> Arithmetic.floor(Operands.number(a[0], 1)));
        r.function("numbers.range", 2, (ctx, a) ->
                range(ctx, Operands.bigInteger(a[0], 1), Operands.bigInteger(a[1], 2), BigInteger.ONE));
        r.function("numbers.range_step", 3, (ctx, a) -> {
            BigInteger from = Operands.bigInteger(a[0], 1);
            BigInteger to = Operands.bigInteger(a[1], 2);
            BigInteger step = Operands.bigInteger(a[2], 3);
            if (step.signum() <= 0) {
                throw BuiltinError.failure("step must be a positive integer");
            }
            return range(ctx, from, to, step);
        });
        r.function("rand.intn", 2, NumberBuiltins::randIntn);
    }

    /** From {@code from} to {@code to} inclusive, counting down when {@code from > to}. */
    private static ArrayValue range(BuiltinContext ctx, BigInteger from, BigInteger to, BigInteger step) {
        BigInteger count = to.subtract(from).abs().divide(step).add(BigInteger.ONE);
        if (count.compareTo(BigInteger.valueOf(MAX_RANGE)) > 0) {
            throw BuiltinError.failure("range of " + count + " numbers is too large");
        }
        int n = count.intValue();
        ctx.charge(n * AllocationMeter.BYTES_PER_VALUE);
        ArrayValue.Builder b = ArrayValue.builder(n);
        boolean up = from.compareTo(to) <= 0;
        if (from.bitLength() < 63 && to.bitLength() < 63 && step.bitLength() < 32) {
            long i = from.longValue();
            long s = step.longValue();
            for (int k = 0; k < n; k++, i = up ? i + s : i - s) {
                b.add(NumberValue.of(i));
            }
        } else {
            BigInteger i = from;
            for (int k = 0; k < n; k++, i = up ? i.add(step) : i.subtract(step)) {
                b.add(NumberValue.of(i));
            }
        }
        return b.build();
    }

    /**
     * A random integer in {@code [0, |n|)}, the same for the same operands within one evaluation.
     */
    private static Value randIntn(BuiltinContext ctx, Value[] a) {
        String seedName = Operands.string(a[0], 1);
        long n = Operands.integer(a[1], 2);
        if (n == 0) {
            return NumberValue.ZERO;
        }
        long bound = n == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(n);
        List<Value> key = List.of(StringValue.of("rand.intn"), StringValue.of(seedName), NumberValue.of(bound));
        return ctx.memoize(key, () -> NumberValue.of(ctx.random().nextLong(bound)));
    }
}
