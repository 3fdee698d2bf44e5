package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Operand checks with OPA's type-error messages ({@code operand 1 must be string but got number}). */
final class Operands {
    private Operands() {}

    static String string(Value v, int pos) {
        if (v instanceof StringValue s) {
            return s.value();
        }
        throw typeError(pos, v, "string");
    }

    static NumberValue number(Value v, int pos) {
        if (v instanceof NumberValue n) {
            return n;
        }
        throw typeError(pos, v, "number");
    }

    static ArrayValue array(Value v, int pos) {
        if (v instanceof ArrayValue a) {
            return a;
        }
        throw typeError(pos, v, "array");
    }

    static ObjectValue object(Value v, int pos) {
        if (v instanceof ObjectValue o) {
            return o;
        }
        throw typeError(pos, v, "object");
    }

    static SetValue set(Value v, int pos) {
        if (v instanceof SetValue s) {
            return s;
        }
        throw typeError(pos, v, "set");
    }

    /**
     * A machine integer, as OPA's {@code IntOperand} accepts it: written as an integer (so not {@code 1.0})
     * and within 64 bits.
     */
    static long integer(Value v, int pos) {
        NumberValue n = number(v, pos);
        if (!n.hasIntegerForm()) {
            throw operandError(pos, "must be integer number but got floating-point number");
        }
        return n.longValue();
    }

    /** An integer of any size ({@code 1.0} and {@code 1e2} included), as OPA's {@code BigIntOperand}. */
    static BigInteger bigInteger(Value v, int pos) {
        if (!(v instanceof NumberValue n)) {
            throw typeError(pos, v, "integer");
        }
        if (!n.isInteger()) {
            throw operandError(pos, "must be integer number but got floating-point number");
        }
        return Arithmetic.exactInteger(n);
    }

    /** The strings of an array or set, as OPA's {@code StringSliceOperand}. */
    static List<String> strings(Value v, int pos) {
        List<Value> items = switch (v) {
            case ArrayValue a -> a.asList();
            case SetValue s -> s.asList();
            default -> throw typeError(pos, v, "array", "set");
        };
        List<String> out = new ArrayList<>(items.size());
        for (Value item : items) {
            if (!(item instanceof StringValue s)) {
                throw elementError(pos, v, item, "string");
            }
            out.add(s.value());
        }
        return out;
    }

    /** {@code operand 2 must be string but got number}, or {@code must be one of {a, b} but got …}. */
    static BuiltinError typeError(int pos, Value got, String... expected) {
        if (expected.length == 1) {
            return operandError(pos, "must be " + expected[0] + " but got " + got.typeName());
        }
        return operandError(pos, "must be one of {" + String.join(", ", expected) + "} but got " + got.typeName());
    }

    /** {@code operand 1 must be array of strings but got array containing number}. */
    static BuiltinError elementError(int pos, Value composite, Value got, String... expected) {
        String kind = composite.typeName();
        if (expected.length == 1) {
            return operandError(pos, "must be " + kind + " of " + expected[0] + "s but got " + kind + " containing "
                    + got.typeName());
        }
        return operandError(pos, "must be " + kind + " of (any of) {" + String.join(", ", expected) + "} but got "
                + kind + " containing " + got.typeName());
    }

    /** A type error about operand {@code pos}: {@code operand 3 <detail>}. */
    static BuiltinError operandError(int pos, String detail) {
        return BuiltinError.typeError("operand " + pos + " " + detail);
    }
}
