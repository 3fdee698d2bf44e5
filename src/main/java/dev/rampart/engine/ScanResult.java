package dev.rampart.engine;

import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Source;
import java.util.List;
import java.util.Map;

/**
 * Everything one scan found, and what suppressions, a baseline and the previous run say about it: what the
 * reports write.
 *
 * @param toolVersion  Rampart's version
 * @param inputs       the paths scanned, as given (or {@code aws://…} for live collection)
 * @param source       the snapshot's source block (kind, accounts, regions, files, stacks)
 * @param rules        every rule evaluated, in id order
 * @param findings     findings (suppressed ones included, marked), ordered by severity, rule id, resource id
 * @param unknowns     resources that rules could not decide, ordered by rule id, resource id
 * @param evaluated    rule id → ids of the resources the rule evaluated (its {@code resource_kinds})
 * @param gaps         the snapshot's gaps
 * @param suppressions what the suppressions did ({@link SuppressionAudit#NONE} without any)
 * @param baseline     the comparison with {@code --baseline}, or null
 * @param changes      the comparison with the previous run ({@code --history}, {@code rampart diff}), or null
 */
public record ScanResult(String toolVersion, List<String> inputs, Source source, List<RuleInfo> rules,
        List<Finding> findings, List<Unknown> unknowns, Map<String, List<String>> evaluated, List<Gap> gaps,
        SuppressionAudit suppressions, Baseline.Report baseline, RunComparison changes) {
    public ScanResult {
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        unknowns = List.copyOf(unknowns);
        evaluated = Map.copyOf(evaluated);
        gaps = List.copyOf(gaps);
        suppressions = suppressions == null ? SuppressionAudit.NONE : suppressions;
    }

    /** A result before suppressions, baselines and comparisons. */
    public ScanResult(String toolVersion, List<String> inputs, Source source, List<RuleInfo> rules,
            List<Finding> findings, List<Unknown> unknowns, Map<String, List<String>> evaluated, List<Gap> gaps) {
        this(toolVersion, inputs, source, rules, findings, unknowns, evaluated, gaps, SuppressionAudit.NONE, null, null);
    }

    /**
     * True when the scan may have missed findings (exit code 3 unless partial results are allowed): the snapshot has
     * gaps, or a rule could not decide a resource (a reference to something not in the snapshot leaves a rule
     * undecided without any gap).
     */
    public boolean incomplete() {
        return !gaps.isEmpty() || !unknowns.isEmpty();
    }

    /** This result with its findings marked by suppressions. */
    public ScanResult withSuppressions(Suppressor.Outcome outcome) {
        return new ScanResult(toolVersion, inputs, source, rules, outcome.findings(), unknowns, evaluated, gaps,
                outcome.audit(), baseline, changes);
    }

    /** This result with its findings marked against a baseline. */
    public ScanResult withBaseline(Baseline.Outcome outcome) {
        return new ScanResult(toolVersion, inputs, source, rules, outcome.findings(), unknowns, evaluated, gaps,
                suppressions, outcome.report(), changes);
    }

    /** This result with the comparison against an earlier run. */
    public ScanResult withChanges(RunComparison comparison) {
        return new ScanResult(toolVersion, inputs, source, rules, findings, unknowns, evaluated, gaps, suppressions,
                baseline, comparison);
    }

    /** The rule with {@code id}, or null. */
    public RuleInfo rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }
}
