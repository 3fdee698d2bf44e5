package dev.rampart.engine;

import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Source;
import java.util.List;
import java.util.Map;

/**
 * Everything one scan found, before suppressions and baselines are reported: what the reports write.
 *
 * @param toolVersion Rampart's version
 * @param inputs      the paths scanned, as given (or {@code aws://…} for live collection)
 * @param source      the snapshot's source block (kind, accounts, regions, files, stacks)
 * @param rules       every rule evaluated, in id order
 * @param findings    findings, ordered by severity, rule id, resource id
 * @param unknowns    resources that rules could not decide, ordered by rule id, resource id
 * @param evaluated   rule id → ids of the resources the rule evaluated (its {@code resource_kinds})
 * @param gaps        the snapshot's gaps
 */
public record ScanResult(String toolVersion, List<String> inputs, Source source, List<RuleInfo> rules,
        List<Finding> findings, List<Unknown> unknowns, Map<String, List<String>> evaluated, List<Gap> gaps) {
    public ScanResult {
        inputs = List.copyOf(inputs);
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        unknowns = List.copyOf(unknowns);
        evaluated = Map.copyOf(evaluated);
        gaps = List.copyOf(gaps);
    }

    /** True when gaps mean the scan may have missed findings (exit code 3 unless partial results are allowed). */
    public boolean incomplete() {
        return !gaps.isEmpty();
    }
}
