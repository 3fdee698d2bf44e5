package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.Value;

/** {@code array.concat}, {@code array.slice}, {@code array.reverse} and {@code array.flatten}. */
final class ArrayBuiltins {
    private ArrayBuiltins() {}

    static void register(Registry r) {
        r.function("array.concat", 2, (ctx, a) -> {
            ArrayValue x = Operands.array(a[0], 1);
            ArrayValue y = Operands.array(a[1], 2);
            ctx.charge((long) (x.size() + y.size()) * AllocationMeter.BYTES_PER_VALUE);
            return ArrayValue.builder(x.size() + y.size()).addAll(x).addAll(y).build();
        });
        r.function("array.slice", 3, (ctx, a) -> {
            ArrayValue arr = Operands.array(a[0], 1);
            long start = Operands.integer(a[1], 2);
            long stop = Operands.integer(a[2], 3);
            // Out-of-range bounds are clamped, never an error.
            stop = Math.max(0, Math.min(stop, arr.size()));
            start = Math.max(0, Math.min(start, stop));
            return arr.slice((int) start, (int) stop);
        });
        r.function("array.reverse", 1, (ctx, a) -> {
            ArrayValue arr = Operands.array(a[0], 1);
            ArrayValue.Builder b = ArrayValue.builder(arr.size());
            for (int i = arr.size() - 1; i >= 0; i--) {
                b.add(arr.get(i));
            }
            return b.build();
        });
        r.function("array.flatten", 1, (ctx, a) -> {
            ArrayValue arr = Operands.array(a[0], 1);
            ArrayValue.Builder b = ArrayValue.builder(arr.size());
            for (Value v : arr.asList()) {
                if (v instanceof ArrayValue inner) {
                    b.addAll(inner);
                } else {
                    b.add(v);
                }
            }
            ctx.charge((long) b.size() * AllocationMeter.BYTES_PER_VALUE);
            return b.build();
        });
    }
}
