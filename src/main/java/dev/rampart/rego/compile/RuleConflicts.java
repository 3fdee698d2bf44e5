package dev.rampart.rego.compile;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stage "CheckRuleConflicts": rules sharing a path must agree on their kind (single value or set), their
 * arity and whether they are complete or partial; there is at most one default rule per path; a complete
 * rule may not have rules below it; and no package may sit where a rule is defined.
 */
final class RuleConflicts {

    private RuleConflicts() {}

    static void run(CompileContext ctx) {
        RuleIndex index = ctx.ruleIndex();
        check(ctx, index.root());
        packagesVersusRules(ctx, index);
    }

    private static void check(CompileContext ctx, RuleIndex.Node node) {
        if (!node.rules.isEmpty()) {
            Set<Boolean> kinds = new HashSet<>();
            Set<Integer> arities = new HashSet<>();
            int complete = 0;
            int partial = 0;
            List<RuleIndex.Entry> defaults = new ArrayList<>();
            List<Ref> conflicts = null;
            RuleIndex.Entry first = node.rules.get(0);
            String name = first.fullRef().toString();
            for (RuleIndex.Entry r : node.rules) {
                name = ctx.originalRefString(r.fullRef());
                kinds.add(r.multiValue());
                arities.add(r.arity());
                if (r.isDefault()) {
                    defaults.add(r);
                }
                boolean ground = r.fullRef().isGroundPath();
                if (ground && !node.children.isEmpty()) {
                    conflicts = RuleIndex.childRuleRefs(node);
                }
                if (!r.multiValue() && ground) {
                    complete++;
                } else {
                    partial++;
                }
            }
            if (conflicts != null && !conflicts.isEmpty()) {
                ctx.error(ErrorCode.TYPE, first.location(), "rule " + name + " conflicts with "
                        + conflicts.stream().map(Ref::toString).collect(Collectors.joining(" ", "[", "]")));
            } else if (kinds.size() > 1 || arities.size() > 1 || (complete >= 1 && partial >= 1)) {
                ctx.error(ErrorCode.TYPE, first.location(), "conflicting rules " + name + " found");
            } else if (defaults.size() > 1) {
                String locs = defaults.stream().map(d -> d.location().toString()).collect(Collectors.joining(", "));
                Module m = ctx.modules().get(defaults.get(0).module());
                ctx.error(ErrorCode.TYPE, m.pkg().location(), "multiple default rules " + name + " found at " + locs);
            }
        }
        for (RuleIndex.Node c : node.children.values()) {
            check(ctx, c);
        }
    }

    /** A module whose package path equals a fully ground rule path of another module conflicts with it. */
    private static void packagesVersusRules(CompileContext ctx, RuleIndex index) {
        List<Module> modules = ctx.modules();
        for (Module m : modules) {
            for (var rule : m.rules()) {
                Ref full = RuleIndex.fullRef(m, rule);
                if (!full.isGroundPath()) {
                    continue;
                }
                for (Module other : modules) {
                    if (other != m && other.pkg().path().equals(full)) {
                        ctx.error(ErrorCode.TYPE, m.pkg().location(), other.pkg() + " conflicts with rule "
                                + rule.head().ref() + " defined at " + rule.location());
                    }
                }
            }
        }
    }
}
