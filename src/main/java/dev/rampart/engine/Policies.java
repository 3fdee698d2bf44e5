package dev.rampart.engine;

import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.value.Value;
import java.util.Comparator;
import java.util.List;

/**
 * The policies of a scan, ready to evaluate: one program holding every Rego module, and one per prebuilt bundle.
 *
 * @param programs the programs with the rules each evaluates
 */
public record Policies(List<Loaded> programs) {

    /**
     * One program and its rules.
     *
     * @param origin  how messages name it (the Rego sets it was compiled from, or the bundle)
     * @param program the program
     * @param rules   the rules it evaluates
     * @param data    its own base data (a bundle's), under which the configuration is merged
     */
    public record Loaded(String origin, PolicyProgram program, List<RuleModule> rules, Value data) {
        public Loaded {
            rules = List.copyOf(rules);
        }
    }

    public Policies {
        programs = List.copyOf(programs);
    }

    /** Every rule, in id order. */
    public List<RuleInfo> rules() {
        return programs.stream().flatMap(p -> p.rules().stream()).map(RuleModule::info)
                .sorted(Comparator.comparing(RuleInfo::id)).toList();
    }
}
