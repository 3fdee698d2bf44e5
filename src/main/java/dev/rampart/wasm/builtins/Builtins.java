package dev.rampart.wasm.builtins;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of OPA built-in functions implemented on the host, by OPA's name (operators under their
 * OPA names: {@code equal}, {@code plus}, {@code and} for {@code &}, {@code internal.member_2} for
 * {@code in}, …).
 *
 * <pre>{@code
 * FunctionBuiltin count = (FunctionBuiltin) Builtins.lookup("count").orElseThrow();
 * Value n = count.call(ctx, array);   // null when undefined; BuiltinError on failure
 * }</pre>
 */
public final class Builtins {
    private static final Map<String, Builtin> ALL = load();

    private Builtins() {}

    private static Map<String, Builtin> load() {
        Registry r = new Registry();
        OperatorBuiltins.register(r);
        NumberBuiltins.register(r);
        AggregateBuiltins.register(r);
        ArrayBuiltins.register(r);
        ObjectBuiltins.register(r);
        JsonPathBuiltins.register(r);
        JsonPatchBuiltin.register(r);
        StringBuiltins.register(r);
        SprintfBuiltin.register(r);
        RegexBuiltins.register(r);
        GlobBuiltins.register(r);
        TypeBuiltins.register(r);
        ConversionBuiltins.register(r);
        EncodingBuiltins.register(r);
        SerializationBuiltins.register(r);
        NetBuiltins.register(r);
        BitsBuiltins.register(r);
        TimeBuiltins.register(r);
        SemverBuiltins.register(r);
        UnitsBuiltins.register(r);
        UuidBuiltins.register(r);
        WalkBuiltin.register(r);
        PrintBuiltins.register(r);
        return Collections.unmodifiableMap(r.all());
    }

    /** The built-in called {@code name}, if Rampart implements it. */
    public static Optional<Builtin> lookup(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** Whether {@code name} is implemented. */
    public static boolean contains(String name) {
        return ALL.containsKey(name);
    }

    /** The names of every implemented built-in. */
    public static Set<String> names() {
        return ALL.keySet();
    }
}
