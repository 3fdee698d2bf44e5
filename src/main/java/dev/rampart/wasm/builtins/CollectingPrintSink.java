package dev.rampart.wasm.builtins;

import java.util.ArrayList;
import java.util.List;

/** A {@link PrintSink} that keeps the printed lines, for tests and for reporting output per policy test. */
public final class CollectingPrintSink implements PrintSink {
    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void print(String line) {
        lines.add(line);
    }

    /** The lines printed so far, in order. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
