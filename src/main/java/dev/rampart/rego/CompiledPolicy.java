package dev.rampart.rego;

import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of modules compiled together: what the planner plans and the engine reads metadata from.
 *
 * @param modules       the compiled modules (sorted by file name; imports kept for reference, names already resolved)
 * @param ruleSets      the rules grouped by the document they define, in module order
 * @param annotations   every METADATA block, with scope and target path
 * @param rewrittenVars renamed local variables (new name → name as written), for messages
 */
public record CompiledPolicy(List<Module> modules, List<RuleSet> ruleSets, List<Annotation> annotations,
        Map<String, String> rewrittenVars) {

    public CompiledPolicy {
        modules = List.copyOf(modules);
        ruleSets = List.copyOf(ruleSets);
        annotations = List.copyOf(annotations);
        rewrittenVars = Map.copyOf(rewrittenVars);
    }

    /** The rule set of a document, e.g. {@code ruleSet("data.pkg.deny")}; null when no rule defines it. */
    public RuleSet ruleSet(String path) {
        for (RuleSet rs : ruleSets) {
            if (rs.path().toString().equals(path)) {
                return rs;
            }
        }
        return null;
    }

    /** Every rule (default rules included), in module order. */
    public List<CompiledRule> rules() {
        List<CompiledRule> out = new ArrayList<>();
        for (RuleSet rs : ruleSets) {
            out.addAll(rs.rules());
            if (rs.defaultRule() != null) {
                out.add(rs.defaultRule());
            }
        }
        out.sort(Comparator.comparing(CompiledRule::location));
        return out;
    }

    /**
     * The METADATA that applies to a rule, nearest first, as OPA's {@code rego.metadata.chain()} orders it:
     * the rule's own blocks, its document's, its package's, then {@code subpackages} blocks from the closest
     * enclosing package outwards.
     */
    public List<Annotation> annotationChain(CompiledRule rule) {
        List<Annotation> out = new ArrayList<>();
        rule.annotations().stream().filter(a -> a.scope() == Annotation.Scope.RULE)
                .sorted(Comparator.comparing(Annotation::location).reversed()).forEach(out::add);
        rule.annotations().stream().filter(a -> a.scope() == Annotation.Scope.DOCUMENT).forEach(out::add);
        Ref pkg = null;
        for (Module m : modules) {
            if (m.file().equals(rule.module())) {
                pkg = m.pkg().path();
            }
        }
        if (pkg == null) {
            return out;
        }
        for (Annotation a : annotations) {
            if (a.scope() == Annotation.Scope.PACKAGE && pkg.equals(a.target())) {
                out.add(a);
            }
        }
        Map<Integer, Annotation> subpackages = new LinkedHashMap<>();
        for (Annotation a : annotations) {
            if (a.scope() == Annotation.Scope.SUBPACKAGES && a.target() != null && pkg.hasPrefix(a.target())) {
                subpackages.put(a.target().size(), a);
            }
        }
        subpackages.entrySet().stream().sorted(Map.Entry.<Integer, Annotation>comparingByKey().reversed())
                .forEach(e -> out.add(e.getValue()));
        return out;
    }
}
