package dev.rampart.rego;

import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the planner's view ({@link CompiledPolicy}) from compiled modules. */
final class PolicyAssembler {

    private PolicyAssembler() {}

    static CompiledPolicy assemble(List<Module> modules, Map<String, String> rewrittenVars) {
        Map<Ref, List<CompiledRule>> byPath = new LinkedHashMap<>();
        Map<Ref, CompiledRule> defaults = new LinkedHashMap<>();
        List<Annotation> annotations = new ArrayList<>();
        for (Module m : modules) {
            annotations.addAll(m.annotations());
            for (Rule r : m.rules()) {
                CompiledRule cr = compiled(m, r, true);
                byPath.computeIfAbsent(cr.path(), k -> new ArrayList<>());
                if (cr.isDefault()) {
                    defaults.put(cr.path(), cr);
                } else {
                    byPath.get(cr.path()).add(cr);
                }
            }
        }
        List<RuleSet> sets = new ArrayList<>();
        for (var e : byPath.entrySet()) {
            CompiledRule def = defaults.get(e.getKey());
            RuleKind kind = !e.getValue().isEmpty() ? e.getValue().get(0).kind() : def.kind();
            sets.add(new RuleSet(e.getKey(), kind, e.getValue(), def));
        }
        return new CompiledPolicy(modules, sets, annotations, rewrittenVars);
    }

    private static CompiledRule compiled(Module m, Rule r, boolean top) {
        Ref full = fullRef(m, r);
        Ref path = full.groundPrefix();
        List<Annotation> annotations = new ArrayList<>();
        if (top) {
            for (Annotation a : m.annotations()) {
                boolean ruleScope = a.scope() == Annotation.Scope.RULE && r.location().equals(a.targetLocation());
                boolean docScope = a.scope() == Annotation.Scope.DOCUMENT && path.equals(a.target());
                if (ruleScope || docScope) {
                    annotations.add(a);
                }
            }
        }
        CompiledRule elseRule = r.elseRule() == null ? null : compiled(m, r.elseRule(), false);
        return new CompiledRule(path, full, kind(r, full, path), r.head().args(), r.head().isMultiValue()
                ? r.head().key() : null, r.head().value(), r.body(), elseRule, r.isDefault(), r.location(), m.file(),
                annotations);
    }

    static RuleKind kind(Rule r, Ref full, Ref path) {
        if (r.head().isFunction()) {
            return RuleKind.FUNCTION;
        }
        boolean ground = path.size() == full.size();
        if (r.head().isMultiValue()) {
            return ground ? RuleKind.PARTIAL_SET : RuleKind.REF_HEAD;
        }
        if (ground) {
            return RuleKind.COMPLETE;
        }
        return path.size() == full.size() - 1 ? RuleKind.PARTIAL_OBJECT : RuleKind.REF_HEAD;
    }

    private static Ref fullRef(Module m, Rule r) {
        Ref head = r.head().ref();
        List<Term> terms = new ArrayList<>(m.pkg().path().terms());
        Var first = (Var) head.head();
        terms.add(new StringTerm(first.name(), first.location()));
        terms.addAll(head.terms().subList(1, head.size()));
        return new Ref(terms, head.location());
    }
}
