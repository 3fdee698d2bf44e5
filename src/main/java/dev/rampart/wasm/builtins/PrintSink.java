package dev.rampart.wasm.builtins;

import java.io.PrintStream;

/** Where {@code print} output goes: standard error by default, a collector in tests and {@code rampart test}. */
@FunctionalInterface
public interface PrintSink {
    /** Receives one printed line (without a trailing newline). */
    void print(String line);

    /** Writes each line to standard error. */
    static PrintSink stderr() {
        return to(System.err);
    }

    /** Writes each line to {@code out}. */
    static PrintSink to(PrintStream out) {
        return out::println;
    }
}
