package dev.rampart.engine;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.RegoWasm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads the policy sources of a scan and makes them runnable: all Rego (built-in, directories, Rego bundles)
 * compiled together into one program with a {@code deny} (and {@code unknown}) entrypoint per rule module, and
 * prebuilt bundles taken as they are. Rule ids must be unique over all of them.
 */
public final class PolicyLoader {
    // print() is for `rampart eval`/`test`; a scan's output is its report.
    private static final CompileOptions OPTIONS = CompileOptions.DEFAULT.withEnablePrint(false);

    private PolicyLoader() {}

    /** Loads {@code sources}. @throws PolicyException naming the file of any problem */
    public static Policies load(List<PolicySource> sources) {
        List<PolicySet> sets = sources.stream().map(PolicySource::load).toList();
        List<RegoSource> rego = new ArrayList<>();
        List<String> regoOrigins = new ArrayList<>();
        List<Policies.Loaded> programs = new ArrayList<>();
        for (PolicySet set : sets) {
            switch (set) {
                case PolicySet.Rego r -> {
                    rego.addAll(r.modules());
                    regoOrigins.add(r.origin());
                }
                case PolicySet.Program p -> programs.add(new Policies.Loaded(p.origin(), p.program(), p.rules(), p.data()));
            }
        }
        if (!rego.isEmpty()) {
            String origin = String.join(", ", regoOrigins);
            Policies.Loaded precompiled = regoOrigins.equals(List.of(new BuiltinPolicies().name()))
                    ? PrecompiledBuiltins.find(rego, origin, PolicyLoader.class.getClassLoader()) : null;
            programs.add(0, precompiled != null ? precompiled : compile(rego, origin));
        }
        checkUniqueIds(programs);
        return new Policies(programs);
    }

    /** Compiles Rego modules into one program evaluating every rule module among them. */
    public static Policies.Loaded compile(List<RegoSource> modules, String origin) {
        checkUniqueNames(modules);
        CompileResult result = RegoCompiler.compile(modules, OPTIONS);
        if (!result.ok()) {
            throw new PolicyException("the policies do not compile:\n" + result.errors().stream()
                    .map(RegoError::format).map(e -> "  " + e).collect(Collectors.joining("\n")));
        }
        List<RuleModule> rules = RuleModules.of(result.policy());
        PolicyProgram program = rules.isEmpty() ? null : RegoWasm.compile(result.policy(), RuleModules.entrypoints(rules));
        return new Policies.Loaded(origin, program, rules, null);
    }

    private static void checkUniqueNames(List<RegoSource> modules) {
        Map<String, Integer> seen = new HashMap<>();
        for (RegoSource m : modules) {
            if (seen.merge(m.name(), 1, Integer::sum) == 2) {
                throw new PolicyException(m.name() + " is given twice (is a --policy directory listed twice?)");
            }
        }
    }

    private static void checkUniqueIds(List<Policies.Loaded> programs) {
        Map<String, RuleInfo> seen = new HashMap<>();
        for (Policies.Loaded p : programs) {
            for (RuleModule r : p.rules()) {
                RuleInfo before = seen.putIfAbsent(r.info().id(), r.info());
                if (before != null) {
                    throw new PolicyException("rule id " + r.info().id() + " is declared twice: in " + before.source()
                            + " and in " + r.info().source() + " (with your own copy of a built-in rule, add"
                            + " --no-builtin)");
                }
            }
        }
    }
}
