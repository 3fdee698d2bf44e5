package dev.rampart.wasm;

import dev.rampart.wasm.value.Value;
import java.util.List;

/** A policy set Rampart compiled to WebAssembly, loaded on Chicory in compiled mode. */
public final class RampartProgram implements PolicyProgram {

    private RampartProgram() {}

    /** Loads a module written by {@link #moduleBytes()} (e.g. from a bundle built by {@code rampart build}). */
    public static RampartProgram load(byte[] moduleBytes) {
        throw new UnsupportedOperationException("the backend is being written");
    }

    /** The module, self-contained: its constants, built-in names and entrypoints are in custom sections. */
    public byte[] moduleBytes() {
        throw new UnsupportedOperationException("the backend is being written");
    }

    @Override
    public List<String> entrypoints() {
        throw new UnsupportedOperationException("the backend is being written");
    }

    @Override
    public Value evaluate(String entrypoint, Value input, Value data, EvalOptions options) {
        throw new UnsupportedOperationException("the backend is being written");
    }
}
