package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.InvalidDocumentException;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;

/**
 * {@code json.marshal}, {@code json.marshal_with_options}, {@code json.unmarshal}, {@code json.is_valid}
 * and their {@code yaml.*} counterparts. Output is what OPA produces (Go's encoder: sorted keys, sets as
 * arrays, {@code <>&} escaped); decoding charges the allocation meter by the size of the text first.
 */
final class SerializationBuiltins {
    private SerializationBuiltins() {}

    static void register(Registry r) {
        r.function("json.marshal", 1, (ctx, a) -> charged(ctx, Values.toGoJson(a[0], "", null)));
        r.function("json.marshal_with_options", 2, (ctx, a) -> marshalWithOptions(ctx, a[0], Operands.object(a[1], 2)));
        r.function("json.unmarshal", 1, (ctx, a) -> {
            String s = Operands.string(a[0], 1);
            ctx.charge(decodingCost(s));
            try {
                return Values.fromJson(s, "json.unmarshal");
            } catch (InvalidDocumentException e) {
                throw BuiltinError.failure(e.getMessage().substring("json.unmarshal: ".length()), e);
            }
        });
        r.function("json.is_valid", 1, (ctx, a) -> BooleanValue.of(a[0] instanceof StringValue s && isJson(s.value())));
        r.function("yaml.marshal", 1, (ctx, a) -> charged(ctx, Values.toYaml(a[0])));
        r.function("yaml.unmarshal", 1, (ctx, a) -> {
            String s = Operands.string(a[0], 1);
            ctx.charge(decodingCost(s));
            try {
                return Values.fromYaml(s, "yaml.unmarshal");
            } catch (InvalidDocumentException e) {
                throw BuiltinError.failure(e.getMessage().substring("yaml.unmarshal: ".length()), e);
            }
        });
        r.function("yaml.is_valid", 1, (ctx, a) -> BooleanValue.of(a[0] instanceof StringValue s && isYaml(s.value())));
    }

    // A decoded document takes several times the size of its text (aliases in YAML are capped separately).
    private static long decodingCost(String s) {
        return (long) s.length() * 4 * AllocationMeter.BYTES_PER_CHAR;
    }

    private static StringValue charged(BuiltinContext ctx, String s) {
        ctx.charge(s.length() * AllocationMeter.BYTES_PER_CHAR);
        return StringValue.of(s);
    }

    private static boolean isJson(String s) {
        try {
            Values.fromJson(s);
            return true;
        } catch (InvalidDocumentException e) {
            return false;
        }
    }

    private static boolean isYaml(String s) {
        try {
            Values.fromYaml(s);
            return true;
        } catch (InvalidDocumentException e) {
            return false;
        }
    }

    /**
     * Options {@code prefix} and {@code indent} (strings) imply pretty output, which {@code pretty}
     * (boolean) can force on or off; the indent defaults to a tab. Pretty output starts with the prefix too.
     */
    private static StringValue marshalWithOptions(BuiltinContext ctx, Value v, ObjectValue options) {
        String indent = "\t";
        String prefix = "";
        boolean implicitPretty = false;
        Boolean explicitPretty = null;
        for (int i = 0; i < options.size(); i++) {
            if (!(options.keyAt(i) instanceof StringValue key)) {
                throw Operands.operandError(2, "failed to stringify key " + options.keyAt(i) + " at index " + i
                        + ": operand " + i + " must be string but got " + options.keyAt(i).typeName());
            }
            Value option = options.valueAt(i);
            switch (key.value()) {
                case "prefix" -> {
                    prefix = optionString(key.value(), option, i);
                    implicitPretty = true;
                }
                case "indent" -> {
                    indent = optionString(key.value(), option, i);
                    implicitPretty = true;
                }
                case "pretty" -> {
                    if (!(option instanceof BooleanValue b)) {
                        throw Operands.operandError(2, "key pretty failed cast to bool");
                    }
                    explicitPretty = b.value();
                }
                default -> throw Operands.operandError(2, "object contained unknown key " + key.value());
            }
        }
        boolean pretty = explicitPretty != null ? explicitPretty : implicitPretty;
        return charged(ctx, pretty ? prefix + Values.toGoJson(v, prefix, indent) : Values.toGoJson(v, "", null));
    }

    private static String optionString(String key, Value option, int index) {
        if (!(option instanceof StringValue s)) {
            throw Operands.operandError(2, "key " + key + " failed cast to string: operand " + index
                    + " must be string but got " + option.typeName());
        }
        return s.value();
    }
}
