package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.ValueOrder;
import dev.rampart.wasm.value.Values;

/**
 * Rego's operators under OPA's built-in names: comparisons ({@code equal}, {@code neq}, {@code lt},
 * {@code lte}, {@code gt}, {@code gte}) over any values in OPA's order; arithmetic ({@code plus},
 * {@code minus}, {@code mul}, {@code div}, {@code rem}); set algebra ({@code and} is {@code &}, {@code or}
 * is {@code |}, {@code minus} on sets is {@code -}, {@code intersection}, {@code union}); and membership
 * ({@code internal.member_2} is {@code x in xs}, {@code internal.member_3} is {@code k, v in xs}).
 */
final class OperatorBuiltins {
    private OperatorBuiltins() {}

    static void register(Registry r) {
        r.function("equal", 2, (ctx, a) -> BooleanValue.of(a[0].equals(a[1])));
        r.function("neq", 2, (ctx, a) -> BooleanValue.of(!a[0].equals(a[1])));
        r.function("lt", 2, (ctx, a) -> BooleanValue.of(ValueOrder.compare(a[0], a[1]) < 0));
        r.function("lte", 2, (ctx, a) -> BooleanValue.of(ValueOrder.compare(a[0], a[1]) <= 0));
        r.function("gt", 2, (ctx, a) -> BooleanValue.of(ValueOrder.compare(a[0], a[1]) > 0));
        r.function("gte", 2, (ctx, a) -> BooleanValue.of(ValueOrder.compare(a[0], a[1]) >= 0));

        r.function("plus", 2, (ctx, a) -> charged(ctx, Arithmetic.plus(Operands.number(a[0], 1), Operands.number(a[1], 2))));
        r.function("minus", 2, OperatorBuiltins::minus);
        r.function("mul", 2, (ctx, a) -> charged(ctx, Arithmetic.multiply(Operands.number(a[0], 1), Operands.number(a[1], 2))));
        r.function("div", 2, (ctx, a) -> Arithmetic.divide(Operands.number(a[0], 1), Operands.number(a[1], 2)));
        r.function("rem", 2, (ctx, a) -> Arithmetic.remainder(Operands.number(a[0], 1), Operands.number(a[1], 2)));

        r.function("and", 2, (ctx, a) -> Operands.set(a[0], 1).intersection(Operands.set(a[1], 2)));
        r.function("or", 2, (ctx, a) -> {
            SetValue x = Operands.set(a[0], 1);
            SetValue y = Operands.set(a[1], 2);
            ctx.charge((long) (x.size() + y.size()) * AllocationMeter.BYTES_PER_VALUE);
            return x.union(y);
        });
        r.function("intersection", 1, (ctx, a) -> intersection(Operands.set(a[0], 1)));
        r.function("union", 1, (ctx, a) -> union(ctx, Operands.set(a[0], 1)));

        r.function("internal.member_2", 2, (ctx, a) -> BooleanValue.of(member(a[0], a[1])));
        r.function("internal.member_3", 3, (ctx, a) -> BooleanValue.of(memberWithKey(a[0], a[1], a[2])));
    }

    // Big integers can be made to grow without bound by repeated multiplication; charge their size.
    private static NumberValue charged(BuiltinContext ctx, NumberValue n) {
        if (!n.fitsLong()) {
            ctx.charge(n.integerDigits() / 2 + AllocationMeter.BYTES_PER_VALUE);
        }
        return n;
    }

    private static Value minus(BuiltinContext ctx, Value[] a) {
        if (a[0] instanceof NumberValue x && a[1] instanceof NumberValue y) {
            return Arithmetic.minus(x, y);
        }
        if (a[0] instanceof SetValue x && a[1] instanceof SetValue y) {
            return x.difference(y);
        }
        if (!(a[0] instanceof NumberValue) && !(a[0] instanceof SetValue)) {
            throw Operands.typeError(1, a[0], "number", "set");
        }
        // The first operand decides what the second must be.
        throw a[0] instanceof SetValue ? Operands.typeError(2, a[1], "set") : Operands.typeError(2, a[1], "number");
    }

    private static SetValue intersection(SetValue sets) {
        if (sets.isEmpty()) {
            return SetValue.EMPTY;
        }
        SetValue result = null;
        for (Value v : sets.asList()) {
            if (!(v instanceof SetValue s)) {
                throw Operands.elementError(1, sets, v, "set");
            }
            result = result == null ? s : result.intersection(s);
        }
        return result;
    }

    private static SetValue union(BuiltinContext ctx, SetValue sets) {
        SetValue result = SetValue.EMPTY;
        for (Value v : sets.asList()) {
            if (!(v instanceof SetValue s)) {
                throw Operands.elementError(1, sets, v, "set");
            }
            ctx.charge((long) s.size() * AllocationMeter.BYTES_PER_VALUE);
            result = result.union(s);
        }
        return result;
    }

    /** {@code x in xs}: a set member, an array element or an object value; false for anything else. */
    static boolean member(Value x, Value collection) {
        return switch (collection) {
            case SetValue s -> s.contains(x);
            case ArrayValue arr -> arr.asList().contains(x);
            case ObjectValue o -> o.values().contains(x);
            default -> false;
        };
    }

    /** {@code k, v in xs}: {@code xs[k] == v} for arrays and objects; {@code k == v} and a member for sets. */
    static boolean memberWithKey(Value key, Value value, Value collection) {
        return switch (collection) {
            case SetValue s -> s.contains(key) && key.equals(value);
            case ArrayValue arr -> value.equals(Values.child(arr, key));
            case ObjectValue o -> value.equals(o.get(key));
            default -> false;
        };
    }
}
