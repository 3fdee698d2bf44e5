package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code internal.print}, what OPA compiles {@code print(a, b, …)} into: its operand is an array holding,
 * for each argument, the set of the argument's values (empty when it is undefined). One line is printed
 * per combination, arguments separated by spaces; strings print bare, other values in Rego syntax, an
 * undefined argument as {@code <undefined>}. The call is always true. {@code trace} is accepted and does
 * nothing (Rampart has no tracer).
 */
public final class PrintBuiltins {
    private PrintBuiltins() {}

    static void register(Registry r) {
        r.function("internal.print", 1, (ctx, a) -> {
            for (String line : lines(Operands.array(a[0], 1))) {
                ctx.printSink().print(line);
            }
            return BooleanValue.TRUE;
        });
        r.function("trace", 1, (ctx, a) -> {
            Operands.string(a[0], 1);
            return BooleanValue.TRUE;
        });
    }

    /** The lines {@code internal.print} prints for {@code operands} (an array of sets). */
    public static List<String> lines(ArrayValue operands) {
        List<List<String>> columns = new ArrayList<>(operands.size());
        for (Value v : operands.asList()) {
            if (!(v instanceof SetValue values)) {
                throw BuiltinError.failure("illegal argument type: " + v.typeName());
            }
            List<String> texts = new ArrayList<>();
            for (Value x : values.asList()) {
                texts.add(x instanceof StringValue s ? s.value() : Values.toRego(x));
            }
            if (texts.isEmpty()) {
                texts.add("<undefined>");
            }
            columns.add(texts);
        }
        List<String> out = new ArrayList<>();
        cross(columns, 0, new String[columns.size()], out);
        return out;
    }

    private static void cross(List<List<String>> columns, int i, String[] line, List<String> out) {
        if (i == columns.size()) {
            out.add(String.join(" ", line));
            return;
        }
        for (String s : columns.get(i)) {
            line[i] = s;
            cross(columns, i + 1, line, out);
        }
    }
}
