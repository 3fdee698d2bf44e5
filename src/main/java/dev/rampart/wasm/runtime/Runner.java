package dev.rampart.wasm.runtime;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.abi.Handles;
import dev.rampart.wasm.value.Value;

/**
 * One instance of a module with its host state: evaluates on one thread at a time. Instances are cheap
 * (microseconds) once the module is compiled; {@link LoadedModule} pools them.
 */
final class Runner {
    private final Evaluation ev;
    private final ExportFunction[] exports;

    Runner(LoadedModule module) {
        this.ev = new Evaluation(module);
        Instance instance = Instance.builder(module.wasm())
                .withImportValues(new HostFunctions(ev).imports())
                .withMachineFactory(module.machineFactory())
                .build();
        this.exports = new ExportFunction[module.entrypointCount()];
        for (int i = 0; i < exports.length; i++) {
            exports[i] = instance.export(module.exportName(i));
        }
    }

    /** Evaluates entrypoint {@code index}; null when undefined. */
    Value run(int index, String name, Value input, Value data, EvalOptions options) {
        ev.reset(name, options);
        int in = input == null ? Handles.UNDEFINED : ev.handle(input);
        return call(index, name, in, ev.handle(data));
    }

    /**
     * Evaluates several entrypoints in one evaluation: the same input and data handles, so rule results
     * memoised by one entrypoint serve the next. Budgets cover the whole batch.
     */
    Value[] runAll(int[] indexes, String[] names, Value input, Value data, EvalOptions options) {
        ev.reset(names.length == 0 ? "" : names[0], options);
        int in = input == null ? Handles.UNDEFINED : ev.handle(input);
        int d = ev.handle(data);
        Value[] out = new Value[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = call(indexes[i], names[i], in, d);
        }
        return out;
    }

    private Value call(int index, String name, int input, int data) {
        ev.enter(name);
        int result = (int) exports[index].apply(input, data)[0];
        return result == Handles.UNDEFINED ? null : ev.value(result);
    }
}
