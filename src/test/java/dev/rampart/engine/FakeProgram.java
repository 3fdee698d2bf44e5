package dev.rampart.engine;

import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.value.Value;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test stand-in for a compiled program: answers each entrypoint with a fixed value (undefined when it has none)
 * and records the input and data it was given.
 */
final class FakeProgram implements PolicyProgram {
    private final Map<String, Value> answers;
    final Map<String, Value> inputs = new ConcurrentHashMap<>();
    final Map<String, Value> data = new ConcurrentHashMap<>();

    FakeProgram(Map<String, Value> answers) {
        this.answers = Map.copyOf(answers);
    }

    @Override
    public List<String> entrypoints() {
        return List.copyOf(answers.keySet());
    }

    @Override
    public Value evaluate(String entrypoint, Value input, Value data, EvalOptions options) {
        inputs.put(entrypoint, input);
        this.data.put(entrypoint, data);
        return answers.get(entrypoint);
    }
}
