package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.ValueOrder;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

/** {@code count}, {@code sum}, {@code product}, {@code max}, {@code min}, {@code sort}, {@code any}, {@code all}. */
final class AggregateBuiltins {
    /** OPA multiplies non-integers in a float that starts from {@code big.NewFloat(1)}: 53-bit mantissas. */
    private static final int PRODUCT_PREC = 53;

    private AggregateBuiltins() {}

    static void register(Registry r) {
        r.function("count", 1, (ctx, a) -> NumberValue.of(switch (a[0]) {
            case ArrayValue arr -> arr.size();
            case ObjectValue o -> o.size();
            case SetValue s -> s.size();
            case StringValue s -> s.value().codePointCount(0, s.value().length());
            default -> throw Operands.typeError(1, a[0], "array", "object", "set", "string");
        }));
        r.function("sum", 1, (ctx, a) -> sum(a[0], numbers(a[0])));
        r.function("product", 1, (ctx, a) -> product(a[0], numbers(a[0])));
        r.function("max", 1, (ctx, a) -> extreme(numbers(a[0]), 1));
        r.function("min", 1, (ctx, a) -> extreme(numbers(a[0]), -1));
        r.function("sort", 1, (ctx, a) -> {
            Value[] items = numbers(a[0]).toArray(new Value[0]);
            if (a[0] instanceof ArrayValue) {
                Arrays.sort(items, ValueOrder::compare);
            }
            return ArrayValue.of(items);
        });
        r.function("all", 1, (ctx, a) -> BooleanValue.of(anyOrAll(a[0]).stream().allMatch(BooleanValue.TRUE::equals)));
        r.function("any", 1, (ctx, a) -> BooleanValue.of(anyOrAll(a[0]).contains(BooleanValue.TRUE)));
    }

    // The members of an array or set (the name is historical: max/min/sort accept any values).
    private static List<Value> numbers(Value v) {
        return switch (v) {
            case ArrayValue arr -> arr.asList();
            case SetValue s -> s.asList();
            default -> throw Operands.typeError(1, v, "set", "array");
        };
    }

    private static List<Value> anyOrAll(Value v) {
        return switch (v) {
            case ArrayValue arr -> arr.asList();
            case SetValue s -> s.asList();
            default -> throw Operands.typeError(1, v, "array", "set");
        };
    }

    private static NumberValue sum(Value collection, List<Value> items) {
        long small = 0;
        boolean exactSmall = true;
        for (Value v : items) {
            if (v instanceof NumberValue n && n.fitsLong()) {
                long x = n.longValue();
                long r = small + x;
                if (((small ^ r) & (x ^ r)) < 0) {
                    exactSmall = false;
                    break;
                }
                small = r;
            } else {
                exactSmall = false;
                break;
            }
        }
        if (exactSmall) {
            return NumberValue.of(small);
        }
        if (allIntegers(items)) {
            BigInteger total = BigInteger.ZERO;
            for (Value v : items) {
                total = total.add(Arithmetic.exactInteger((NumberValue) v));
            }
            return NumberValue.of(total);
        }
        // Like OPA, accumulate in one float without printing between the steps.
        BigFloat total = null;
        for (Value v : items) {
            if (!(v instanceof NumberValue n)) {
                throw Operands.elementError(1, collection, v, "number");
            }
            BigFloat x = BigFloat.of(n, Arithmetic.FLOAT_PREC);
            total = total == null ? x : total.add(x, Arithmetic.FLOAT_PREC);
        }
        return total.toNumber();
    }

    private static NumberValue product(Value collection, List<Value> items) {
        if (allIntegers(items)) {
            BigInteger total = BigInteger.ONE;
            for (Value v : items) {
                total = total.multiply(Arithmetic.exactInteger((NumberValue) v));
            }
            return NumberValue.of(total);
        }
        BigFloat total = BigFloat.of(NumberValue.ONE, PRODUCT_PREC);
        for (Value v : items) {
            if (!(v instanceof NumberValue n)) {
                throw Operands.elementError(1, collection, v, "number");
            }
            total = total.multiply(BigFloat.of(n, Arithmetic.FLOAT_PREC), PRODUCT_PREC);
        }
        return total.toNumber();
    }

    private static boolean allIntegers(List<Value> items) {
        for (Value v : items) {
            if (!(v instanceof NumberValue n) || !n.isInteger()) {
                return false;
            }
        }
        return true;
    }

    /** The greatest ({@code sign} 1) or least ({@code sign} -1) member in OPA's order; undefined when empty. */
    private static Value extreme(List<Value> items, int sign) {
        Value best = null;
        for (Value v : items) {
            if (best == null || Integer.signum(ValueOrder.compare(v, best)) == sign) {
                best = v;
            }
        }
        return best;
    }
}
