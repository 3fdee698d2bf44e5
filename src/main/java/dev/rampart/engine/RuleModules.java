package dev.rampart.engine;

import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.RuleSet;
import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.ast.Module;
import dev.rampart.wasm.Entrypoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the rule modules of a compiled policy set and reads their metadata (docs/policies.md): a package that
 * defines {@code deny} is a rule and must say {@code custom.id} and {@code custom.severity} in its package
 * METADATA; a package with neither is a library. Every problem names the file.
 */
public final class RuleModules {
    private RuleModules() {}

    /** The rules of {@code policy}, in package order. */
    public static List<RuleModule> of(CompiledPolicy policy) {
        Map<String, List<Module>> packages = new LinkedHashMap<>();
        for (Module m : policy.modules()) {
            packages.computeIfAbsent(m.pkg().path().toString(), p -> new ArrayList<>()).add(m);
        }
        List<RuleModule> rules = new ArrayList<>();
        for (Map.Entry<String, List<Module>> e : packages.entrySet()) {
            RuleModule rule = rule(policy, e.getKey(), e.getValue());
            if (rule != null) {
                rules.add(rule);
            }
        }
        return rules;
    }

    /**
     * The rules of a prebuilt program from the METADATA of its modules (a bundle carries no Rego to compile):
     * every package block with {@code custom.id} is a rule whose {@code deny} (and {@code unknown}, when the
     * program has it) entrypoint the program must offer. {@code source} names the bundle.
     */
    public static List<RuleModule> fromAnnotations(List<Annotation> annotations, List<String> entrypoints,
            String source) {
        List<RuleModule> rules = new ArrayList<>();
        for (Annotation a : annotations) {
            if (a.scope() != Annotation.Scope.PACKAGE || a.target() == null || !a.custom().containsKey("id")) {
                continue;
            }
            String pkg = a.target().toString();
            String name = pkg.startsWith("data.") ? pkg.substring(5) : pkg;
            String file = a.location() == null || a.location().file().isEmpty() ? source
                    : a.location().file() + " (in " + source + ")";
            RuleInfo info = RuleMetadata.read(a, name, file);
            String deny = Entrypoint.Document.of(pkg + ".deny").name();
            if (!entrypoints.contains(deny)) {
                throw new PolicyException(file + ": rule " + info.id() + " has no " + deny + " entrypoint in the bundle"
                        + " (build it without -e, or name its deny document)");
            }
            String unknown = Entrypoint.Document.of(pkg + ".unknown").name();
            rules.add(new RuleModule(info, deny, entrypoints.contains(unknown) ? unknown : null));
        }
        return rules;
    }

    /** The entrypoints a program must offer to evaluate {@code rules}. */
    public static List<Entrypoint> entrypoints(List<RuleModule> rules) {
        List<Entrypoint> out = new ArrayList<>();
        for (RuleModule r : rules) {
            out.add(Entrypoint.Document.of("data." + r.info().packagePath() + ".deny"));
            if (r.unknown() != null) {
                out.add(Entrypoint.Document.of("data." + r.info().packagePath() + ".unknown"));
            }
        }
        return out;
    }

    private static RuleModule rule(CompiledPolicy policy, String pkg, List<Module> modules) {
        Annotation meta = null;
        String file = modules.get(0).file();
        for (Annotation a : policy.annotations()) {
            if (a.scope() == Annotation.Scope.PACKAGE && a.target() != null && a.target().toString().equals(pkg)
                    && a.custom().containsKey("id")) {
                meta = a;
                file = a.location().file();
            }
        }
        RuleSet deny = policy.ruleSet(pkg + ".deny");
        String name = pkg.startsWith("data.") ? pkg.substring(5) : pkg;
        if (meta == null && deny == null) {
            return null; // a library package
        }
        if (meta == null) {
            throw new PolicyException(file + ": package " + name + " defines deny, so it is a rule, but its package"
                    + " METADATA block has no custom.id (see docs/policies.md)");
        }
        if (deny == null) {
            throw new PolicyException(file + ": package " + name + " declares custom.id but defines no deny rule");
        }
        RuleInfo info = RuleMetadata.read(meta, name, file);
        String unknown = policy.ruleSet(pkg + ".unknown") == null ? null
                : Entrypoint.Document.of(pkg + ".unknown").name();
        return new RuleModule(info, Entrypoint.Document.of(pkg + ".deny").name(), unknown);
    }
}
