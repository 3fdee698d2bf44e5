package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.NullValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/** {@code to_number} and the (deprecated but still used) {@code cast_*} built-ins. */
final class ConversionBuiltins {
    /** The decimal numbers Go's {@code strconv.ParseFloat} accepts. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private ConversionBuiltins() {}

    static void register(Registry r) {
        r.function("to_number", 1, (ctx, a) -> toNumber(a[0]));
        r.function("cast_array", 1, (ctx, a) -> switch (a[0]) {
            case ArrayValue arr -> arr;
            case SetValue s -> s.toArray();
            default -> throw Operands.typeError(1, a[0], "array", "set");
        });
        r.function("cast_set", 1, (ctx, a) -> switch (a[0]) {
            case ArrayValue arr -> SetValue.of(arr.asList());
            case SetValue s -> s;
            default -> throw Operands.typeError(1, a[0], "array", "set");
        });
        r.function("cast_string", 1, (ctx, a) -> only(a[0], StringValue.class, "string"));
        r.function("cast_boolean", 1, (ctx, a) -> only(a[0], BooleanValue.class, "boolean"));
        r.function("cast_null", 1, (ctx, a) -> only(a[0], NullValue.class, "null"));
        r.function("cast_object", 1, (ctx, a) -> only(a[0], ObjectValue.class, "object"));
    }

    private static Value only(Value v, Class<? extends Value> kind, String name) {
        if (kind.isInstance(v)) {
            return v;
        }
        throw Operands.typeError(1, v, name);
    }

    static Value toNumber(Value v) {
        return switch (v) {
            case NullValue n -> NumberValue.ZERO;
            case BooleanValue b -> b.value() ? NumberValue.ONE : NumberValue.ZERO;
            case NumberValue n -> n;
            case StringValue s -> parseNumber(s.value());
            default -> throw Operands.typeError(1, v, "null", "boolean", "number", "string");
        };
    }

    private static NumberValue parseNumber(String s) {
        String unsigned = s.replaceFirst("^[+-]+", "").toLowerCase(Locale.ROOT);
        if (unsigned.equals("inf") || unsigned.equals("infinity") || unsigned.equals("nan")) {
            throw Operands.typeError(1, StringValue.of(s), "valid number string");
        }
        if (!DECIMAL.matcher(s).matches()) {
            throw BuiltinError.failure("strconv.ParseFloat: parsing " + StringValue.of(s) + ": invalid syntax");
        }
        BigDecimal d = new BigDecimal(s);
        // ParseFloat refuses what a float64 cannot hold, so OPA does too.
        if (Double.isInfinite(Double.parseDouble(s))) {
            throw BuiltinError.failure("strconv.ParseFloat: parsing " + StringValue.of(s) + ": value out of range");
        }
        return s.startsWith("+") || s.startsWith(".") ? NumberValue.of(d) : NumberValue.parse(s);
    }
}
