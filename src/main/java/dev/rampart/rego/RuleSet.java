package dev.rampart.rego;

import dev.rampart.rego.ast.Ref;
import java.util.List;

/**
 * All rules defining one document ({@code data.pkg.p}), from every module: the planner plans one
 * function per rule set. {@code defaultRule} is the {@code default} rule, if any (not in {@code rules}).
 */
public record RuleSet(Ref path, RuleKind kind, List<CompiledRule> rules, CompiledRule defaultRule) {
    public RuleSet {
        rules = List.copyOf(rules);
    }
}
