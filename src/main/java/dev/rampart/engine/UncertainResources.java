package dev.rampart.engine;

import dev.rampart.snapshot.Gap;
import java.util.HashMap;
import java.util.Map;

/**
 * Resources the snapshot keeps without knowing that they exist, named by an {@code unresolved} gap with no
 * {@code field} (a template resource whose {@code Condition} could not be evaluated, docs/snapshot.md). A rule
 * reads them as if they existed, so a violation it finds on one may not exist: the engine reports it as an
 * unknown quoting the gap. Doing it here covers every rule, custom ones included.
 */
final class UncertainResources {
    private final Map<String, Gap> gaps;

    private UncertainResources(Map<String, Gap> gaps) {
        this.gaps = gaps;
    }

    static UncertainResources of(SnapshotInput input) {
        Map<String, Gap> gaps = new HashMap<>();
        for (Gap g : input.snapshot().gaps()) {
            // A collection gap without a field names a listing about the resource (its listeners, its
            // services), not the resource itself; a gap naming an id the snapshot lacks has no finding to move.
            if (g.kind() == Gap.Kind.UNRESOLVED && g.field() == null && g.resource() != null
                    && input.resource(g.resource()) != null) {
                gaps.putIfAbsent(g.resource(), g);
            }
        }
        return new UncertainResources(Map.copyOf(gaps));
    }

    /** Whether the snapshot does not know that the resource at fault in {@code f} exists. */
    boolean covers(Finding f) {
        return gaps.containsKey(f.resourceId());
    }

    /** {@code f} as an unknown: what the rule found, if the resource exists, and why that is not known. */
    Unknown unknown(Finding f) {
        String message = f.message().endsWith(".") ? f.message().substring(0, f.message().length() - 1) : f.message();
        return new Unknown(f.ruleId(), f.resourceId(), "the resource may not exist (" + gaps.get(f.resourceId()).reason()
                + "); if it does: " + message, f.location());
    }
}
