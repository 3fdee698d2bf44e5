package dev.rampart.wasm;

import dev.rampart.wasm.runtime.LoadedModule;
import dev.rampart.wasm.value.Value;
import java.util.List;

/** A policy set Rampart compiled to WebAssembly, loaded on Chicory in compiled mode. */
public final class RampartProgram implements PolicyProgram {
    private final byte[] moduleBytes;
    private final LoadedModule module;

    private RampartProgram(byte[] moduleBytes, LoadedModule module) {
        this.moduleBytes = moduleBytes;
        this.module = module;
    }

    /** Loads a module written by {@link #moduleBytes()} (e.g. from a bundle built by {@code rampart build}). */
    public static RampartProgram load(byte[] moduleBytes) {
        return new RampartProgram(moduleBytes.clone(), LoadedModule.load(moduleBytes));
    }

    /** The module, self-contained: its constants, built-in names and entrypoints are in a custom section. */
    public byte[] moduleBytes() {
        return moduleBytes.clone();
    }

    @Override
    public List<String> entrypoints() {
        return module.entrypoints();
    }

    @Override
    public List<Value> evaluateAll(List<String> entrypoints, Value input, Value data, EvalOptions options) {
        return java.util.Arrays.asList(module.evaluateAll(entrypoints, input, data, options));
    }

    /**
     * Refuses {@code data} when it holds a value where a rule is defined ({@code conflicting rule for data path
     * …}), as every evaluation would: for tools that package data with the module and should fail then, not
     * at the first evaluation.
     */
    public void checkData(Value data) {
        module.checkData(data);
    }

    @Override
    public Value evaluate(String entrypoint, Value input, Value data, EvalOptions options) {
        return module.evaluate(entrypoint, input, data, options);
    }
}
