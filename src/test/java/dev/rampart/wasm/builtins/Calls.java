package dev.rampart.wasm.builtins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rampart.wasm.value.Terms;
import dev.rampart.wasm.value.Value;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** Test helper: calls built-ins with operands written in Rego term syntax. */
final class Calls {
    /** 2023-12-24T18:58:45.73439Z, the instant the time cases of the conformance corpus use. */
    static final long NOW = 1703444325734390000L;

    private Calls() {}

    static BuiltinContext context() {
        return BuiltinContext.builder().nowNanos(NOW).printSink(new CollectingPrintSink())
                .random(new SplittableRandom(42)).build();
    }

    static Value[] terms(String... args) {
        return Arrays.stream(args).map(Terms::parse).toArray(Value[]::new);
    }

    /** The result of {@code name(args…)}, or null when undefined. */
    static Value call(String name, String... args) {
        return call(context(), name, args);
    }

    static Value call(BuiltinContext ctx, String name, String... args) {
        return function(name).call(ctx, terms(args));
    }

    static FunctionBuiltin function(String name) {
        return (FunctionBuiltin) Builtins.lookup(name).orElseThrow(() -> new AssertionError("no built-in " + name));
    }

    static List<Value> relation(String name, String... args) {
        RelationBuiltin r = (RelationBuiltin) Builtins.lookup(name).orElseThrow();
        return r.call(context(), terms(args));
    }

    /** Asserts {@code name(args…)} is the value written as {@code expected}. */
    static void assertCall(String expected, String name, String... args) {
        assertThat(call(name, args)).as("%s(%s)", name, String.join(", ", args)).isEqualTo(Terms.parse(expected));
    }

    /** Asserts {@code name(args…)} is undefined. */
    static void assertUndefined(String name, String... args) {
        assertThat(call(name, args)).as("%s(%s)", name, String.join(", ", args)).isNull();
    }

    /** The error {@code name(args…)} fails with. */
    static BuiltinError error(String name, String... args) {
        BuiltinError e = catchThrowableOfType(BuiltinError.class, () -> call(name, args));
        assertThat(e).as("%s(%s) should fail", name, String.join(", ", args)).isNotNull();
        return e;
    }

    /** Asserts {@code name(args…)} fails with an operand type error whose full message is {@code message}. */
    static void assertTypeError(String message, String name, String... args) {
        BuiltinError e = error(name, args);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.code()).isEqualTo(BuiltinError.Code.TYPE_ERROR);
        assertThat(e.code().opaName()).isEqualTo("eval_type_error");
    }

    /** Asserts {@code name(args…)} fails with a (non-type) built-in error whose full message is {@code message}. */
    static void assertBuiltinError(String message, String name, String... args) {
        BuiltinError e = error(name, args);
        assertThat(e.getMessage()).isEqualTo(message);
        assertThat(e.code()).isEqualTo(BuiltinError.Code.BUILTIN_ERROR);
    }
}
