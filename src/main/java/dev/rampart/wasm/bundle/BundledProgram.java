package dev.rampart.wasm.bundle;

import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.value.Value;
import java.util.List;

/** A program from a bundle, evaluated against the bundle's own {@code data.json} merged with the caller's data. */
final class BundledProgram implements PolicyProgram {

    private final PolicyProgram program;
    private final BaseData baseData;

    BundledProgram(PolicyProgram program, BaseData baseData) {
        this.program = program;
        this.baseData = baseData;
    }

    @Override
    public List<String> entrypoints() {
        return program.entrypoints();
    }

    @Override
    public Value evaluate(String entrypoint, Value input, Value data, EvalOptions options) {
        return program.evaluate(entrypoint, input, baseData.with(data), options);
    }

    /** One evaluation for all of them when the module supports it, so rules they share are computed once. */
    @Override
    public List<Value> evaluateAll(List<String> entrypoints, Value input, Value data, EvalOptions options) {
        return program.evaluateAll(entrypoints, input, baseData.with(data), options);
    }
}
