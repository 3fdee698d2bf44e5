package dev.rampart.wasm;

import dev.rampart.rego.CompiledPolicy;
import java.util.List;

/** Compiles a Rego policy set to one WebAssembly module and loads it on Chicory. */
public final class RegoWasm {
    private RegoWasm() {}

    /**
     * Plans the entrypoints of {@code policy}, emits the module and loads it.
     *
     * @throws dev.rampart.RampartException when the policy uses something the planner cannot lower
     */
    public static RampartProgram compile(CompiledPolicy policy, List<Entrypoint> entrypoints) {
        throw new UnsupportedOperationException("the planner is being written");
    }
}
