package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.Kind;
import dev.rampart.wasm.value.StringValue;

/** {@code is_number}, {@code is_string}, … (false, not undefined, for other kinds) and {@code type_name}. */
final class TypeBuiltins {
    private TypeBuiltins() {}

    static void register(Registry r) {
        is(r, "is_number", Kind.NUMBER);
        is(r, "is_string", Kind.STRING);
        is(r, "is_boolean", Kind.BOOLEAN);
        is(r, "is_array", Kind.ARRAY);
        is(r, "is_set", Kind.SET);
        is(r, "is_object", Kind.OBJECT);
        is(r, "is_null", Kind.NULL);
        r.function("type_name", 1, (ctx, a) -> StringValue.of(a[0].typeName()));
    }

    private static void is(Registry r, String name, Kind kind) {
        r.function(name, 1, (ctx, a) -> BooleanValue.of(a[0].kind() == kind));
    }
}
