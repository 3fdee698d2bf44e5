package dev.rampart.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What changed between two runs (the previous scan in {@code --history}, or the two inputs of
 * {@code rampart diff}): open findings (not suppressed) matched by fingerprint.
 *
 * @param previous  how reports name the earlier run (its findings file)
 * @param added     open now, not before
 * @param resolved  open before, not now (fixed, suppressed, or the resource is gone)
 * @param stillOpen open in both (as found now)
 */
public record RunComparison(String previous, List<Finding> added, List<Finding> resolved, List<Finding> stillOpen) {

    public RunComparison {
        added = List.copyOf(added);
        resolved = List.copyOf(resolved);
        stillOpen = List.copyOf(stillOpen);
    }

    /** Compares the open findings of an earlier run with those of a later one. */
    public static RunComparison compare(String previousName, List<Finding> before, List<Finding> now) {
        Map<String, Finding> old = new HashMap<>();
        before.stream().filter(f -> !f.suppressed()).forEach(f -> old.put(f.fingerprint(), f));
        Map<String, Finding> current = new HashMap<>();
        now.stream().filter(f -> !f.suppressed()).forEach(f -> current.put(f.fingerprint(), f));
        List<Finding> added = new ArrayList<>();
        List<Finding> still = new ArrayList<>();
        now.stream().filter(f -> !f.suppressed()).forEach(f -> (old.containsKey(f.fingerprint()) ? still : added).add(f));
        List<Finding> resolved = before.stream().filter(f -> !f.suppressed())
                .filter(f -> !current.containsKey(f.fingerprint())).toList();
        return new RunComparison(previousName, sorted(added), sorted(resolved), sorted(still));
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(PolicyEngine.FINDING_ORDER);
        return out;
    }
}
