package dev.rampart.wasm;

import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ir.Plan;
import dev.rampart.rego.plan.Planner;
import dev.rampart.wasm.emit.ModuleEmitter;
import java.util.ArrayList;
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
        return RampartProgram.load(ModuleEmitter.emit(plan(policy, entrypoints)));
    }

    /** The IR of the entrypoints (for debugging and tests). */
    public static Plan plan(CompiledPolicy policy, List<Entrypoint> entrypoints) {
        List<Planner.Target> targets = new ArrayList<>();
        for (Entrypoint e : entrypoints) {
            targets.add(switch (e) {
                case Entrypoint.Document d -> new Planner.Target.Document(d.name(), dataRef(d.path()));
                case Entrypoint.Query q -> new Planner.Target.Query(q.name(), q.query());
            });
        }
        return Planner.plan(policy, targets);
    }

    /** {@code data.a.b} as a ref of string keys. */
    static Ref dataRef(String path) {
        String[] parts = path.split("\\.");
        if (!parts[0].equals("data")) {
            throw new IllegalArgumentException("not a data path: " + path);
        }
        List<Term> terms = new ArrayList<>();
        terms.add(new Var("data", Location.NONE));
        for (int i = 1; i < parts.length; i++) {
            terms.add(new StringTerm(parts[i], Location.NONE));
        }
        return new Ref(terms, Location.NONE);
    }
}
