package dev.rampart.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies suppressions to findings. A finding takes the first entry in force that covers it (template entries
 * first, then the central file in order); it stays in the result, marked, and stops counting for
 * {@code --fail-on}. Expired entries suppress nothing and are reported with what they would have covered;
 * entries in force that cover nothing are reported as stale.
 */
public final class Suppressor {
    private Suppressor() {}

    /** The findings with suppressions applied, and the audit of the entries. */
    public record Outcome(List<Finding> findings, SuppressionAudit audit) {}

    public static Outcome apply(List<Finding> findings, List<SuppressionRule> rules, SnapshotInput input,
            LocalDate today) {
        int[] matches = new int[rules.size()];
        List<Finding> out = new ArrayList<>(findings.size());
        int suppressed = 0;
        for (Finding f : findings) {
            Finding marked = f;
            for (int i = 0; i < rules.size(); i++) {
                SuppressionRule r = rules.get(i);
                if (!r.covers(f, input.resource(f.resourceId()))) {
                    continue;
                }
                matches[i]++;
                if (marked.suppression() == null && !r.expiredOn(today)) {
                    marked = f.withSuppression(r.toFindingSuppression());
                }
            }
            if (marked.suppressed()) {
                suppressed++;
            }
            out.add(marked);
        }
        List<SuppressionAudit.Entry> expired = new ArrayList<>();
        List<SuppressionAudit.Entry> stale = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            SuppressionRule r = rules.get(i);
            if (r.expiredOn(today)) {
                expired.add(SuppressionAudit.Entry.of(r, matches[i]));
            } else if (matches[i] == 0) {
                stale.add(SuppressionAudit.Entry.of(r, 0));
            }
        }
        return new Outcome(out, new SuppressionAudit(suppressed, expired, stale));
    }
}
