package dev.rampart.engine;

import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import java.util.List;

/** What a {@link PolicySource} gives: Rego to compile, or a program that is already built (a bundle). */
public sealed interface PolicySet {

    /** How messages name where the set came from. */
    String origin();

    /**
     * Rego modules. Every Rego module of a scan (built-in, {@code --policy} directories, bundles of Rego source)
     * is compiled together into one program, so rules share library packages and one evaluation context.
     */
    record Rego(String origin, List<RegoSource> modules) implements PolicySet {
        public Rego {
            modules = List.copyOf(modules);
        }
    }

    /**
     * A program built elsewhere, e.g. a bundle of {@code opa build -t wasm}, with the rules it holds (their
     * metadata comes with the bundle) and the bundle's own data document, under which the scan's configuration
     * ({@code data.rampart.config}) is merged.
     */
    record Program(String origin, PolicyProgram program, List<RuleModule> rules, Value data) implements PolicySet {
        public Program {
            rules = List.copyOf(rules);
            data = data == null ? ObjectValue.EMPTY : data;
        }
    }
}
