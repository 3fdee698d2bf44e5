package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code sprintf(format, values)}: Go's {@code fmt.Sprintf} over the values as OPA converts them: integers
 * become Go ints (or big integers), other numbers float64s, strings themselves, and everything else its
 * Rego text, so {@code %v} of an object prints {@code {"a": 1}} and {@code %d} of one prints
 * {@code %!d(string={"a": 1})}.
 */
final class SprintfBuiltin {
    private static final Pattern INTEGER_TEXT = Pattern.compile("[+-]?[0-9]+");

    private SprintfBuiltin() {}

    static void register(Registry r) {
        r.function("sprintf", 2, (ctx, a) -> {
            String format = Operands.string(a[0], 1);
            ArrayValue values = Operands.array(a[1], 2);
            List<Object> args = new ArrayList<>(values.size());
            for (Value v : values.asList()) {
                args.add(goArgument(v));
            }
            String s = GoFormatter.sprintf(format, args, ctx.meter());
            ctx.charge(s.length() * AllocationMeter.BYTES_PER_CHAR);
            return StringValue.of(s);
        });
    }

    private static Object goArgument(Value v) {
        return switch (v) {
            case NumberValue n -> {
                if (n.hasIntegerForm()) {
                    yield n.longValue();
                }
                String text = n.render();
                if (INTEGER_TEXT.matcher(text).matches()) {
                    yield new BigInteger(text);
                }
                double d = n.doubleValue();
                yield Double.isInfinite(d) ? text : (Object) d;
            }
            case StringValue s -> s.value();
            default -> Values.toRego(v);
        };
    }
}
