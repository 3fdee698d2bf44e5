package dev.rampart.report;

import dev.rampart.engine.Finding;
import dev.rampart.engine.ScanResult;
import dev.rampart.engine.Severity;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The counts every report states.
 *
 * @param open       findings not suppressed, by severity (every severity present, highest first)
 * @param suppressed findings a suppression applies to
 * @param failing    findings that count for {@code --fail-on}
 * @param unknowns   undecided rule/resource pairs
 * @param gaps       snapshot gaps
 * @param rules      rules evaluated
 * @param resources  distinct resources evaluated by at least one rule
 * @param verdict    how the scan ends
 */
public record Summary(Map<Severity, Integer> open, int suppressed, int failing, int unknowns, int gaps, int rules,
        int resources, Verdict verdict) {

    public static Summary of(ScanResult result, ReportSettings settings) {
        Map<Severity, Integer> open = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            open.put(s, 0);
        }
        int suppressed = 0;
        for (Finding f : result.findings()) {
            if (f.suppressed()) {
                suppressed++;
            } else {
                open.merge(f.severity(), 1, Integer::sum);
            }
        }
        Set<String> resources = new HashSet<>();
        result.evaluated().values().forEach(resources::addAll);
        List<Finding> failing = Verdict.failing(result.findings(), settings.failOn());
        return new Summary(Map.copyOf(open), suppressed, failing.size(), result.unknowns().size(), result.gaps().size(),
                result.rules().size(), resources.size(), Verdict.of(result, settings.failOn(), settings.allowPartial()));
    }

    /** Findings not suppressed. */
    public int openTotal() {
        return open.values().stream().mapToInt(Integer::intValue).sum();
    }
}
