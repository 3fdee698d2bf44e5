package dev.rampart.wasm.runtime;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.abi.Handles;
import dev.rampart.wasm.value.Value;

/**
 * One instance of a module with its host state: evaluates on one thread at a time. Instances are cheap
 * (microseconds) once the module is compiled; {@link LoadedModule} pools them.
 */
final class Runner {
    /** 64 MiB of linear memory at most. */
    static final int MAX_MEMORY_PAGES = 1024;

    private final Evaluation ev;
    private final ExportFunction[] exports;

    Runner(LoadedModule module) {
        this.ev = new Evaluation(module);
        Instance instance = Instance.builder(module.wasm())
                .withImportValues(new HostFunctions(ev).imports())
                .withMachineFactory(module.machineFactory())
                // Rampart's modules declare no memory; one from elsewhere gets at most MAX_MEMORY_PAGES. The
                // spike found withMemoryLimits replaces a module's limits instead of clamping them.
                .withMemoryFactory(limits -> new ByteArrayMemory(new MemoryLimits(
                        Math.min(limits.initialPages(), MAX_MEMORY_PAGES),
                        Math.min(limits.maximumPages(), MAX_MEMORY_PAGES))))
                .build();
        this.exports = new ExportFunction[module.entrypointCount()];
        for (int i = 0; i < exports.length; i++) {
            exports[i] = instance.export(module.exportName(i));
        }
    }

    /** Evaluates entrypoint {@code index}; null when undefined. */
    Value run(int index, String name, Value input, Value data, EvalOptions options) {
        ev.reset(name, options);
        Watchdog.enter(ev.deadline());
        try {
            int in = input == null ? Handles.UNDEFINED : ev.handle(input);
            return call(index, name, in, ev.handle(data));
        } finally {
            Watchdog.exit();
        }
    }

    /**
     * Evaluates several entrypoints in one evaluation: the same input and data handles, so rule results
     * memoised by one entrypoint serve the next. Budgets cover the whole batch.
     */
    Value[] runAll(int[] indexes, String[] names, Value input, Value data, EvalOptions options) {
        ev.reset(names.length == 0 ? "" : names[0], options);
        Watchdog.enter(ev.deadline());
        try {
            int in = input == null ? Handles.UNDEFINED : ev.handle(input);
            int d = ev.handle(data);
            Value[] out = new Value[indexes.length];
            for (int i = 0; i < indexes.length; i++) {
                out[i] = call(indexes[i], names[i], in, d);
            }
            return out;
        } finally {
            Watchdog.exit();
        }
    }

    /** The evaluation's entrypoint name, for errors raised outside the host (an interrupt). */
    String entrypoint() {
        return ev.entrypoint();
    }

    private Value call(int index, String name, int input, int data) {
        ev.enter(name);
        int result = (int) exports[index].apply(input, data)[0];
        return result == Handles.UNDEFINED ? null : ev.value(result);
    }
}
