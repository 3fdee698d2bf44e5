package dev.rampart.engine;

import dev.rampart.snapshot.Location;
import dev.rampart.wasm.value.ObjectValue;

/**
 * One violation of one rule by one resource.
 *
 * @param ruleId       the rule's id
 * @param severity     the rule's severity, or the finding's own when the policy set one
 * @param resourceId   the snapshot id of the resource at fault
 * @param resourceKind its snapshot collection (e.g. {@code instances}), or null when the id is not in the snapshot
 * @param message      the policy's message
 * @param details      the policy's {@code details} object ({@code ObjectValue.EMPTY} when none)
 * @param location     the resource's location in the snapshot ({@code Location.NONE} when unknown)
 * @param account      the resource's account, or null
 * @param region       the resource's region, or null
 * @param fingerprint  stable identity across runs and re-synthesis ({@link Fingerprints})
 * @param suppression  the suppression that applies, or null
 * @param baseline     whether the finding was already in the baseline, or null without a baseline
 */
public record Finding(String ruleId, Severity severity, String resourceId, String resourceKind, String message,
        ObjectValue details, Location location, String account, String region, String fingerprint,
        Suppression suppression, BaselineState baseline) {

    /** This finding with a suppression applied. */
    public Finding withSuppression(Suppression s) {
        return new Finding(ruleId, severity, resourceId, resourceKind, message, details, location, account, region,
                fingerprint, s, baseline);
    }

    /** This finding marked against a baseline. */
    public Finding withBaseline(BaselineState b) {
        return new Finding(ruleId, severity, resourceId, resourceKind, message, details, location, account, region,
                fingerprint, suppression, b);
    }

    /** True when a suppression applies: the finding is reported but does not count for {@code --fail-on}. */
    public boolean suppressed() {
        return suppression != null;
    }

    /** Whether a baselined finding was there before. */
    public enum BaselineState { NEW, UNCHANGED }

    /**
     * Why a finding is suppressed.
     *
     * @param kind          {@code inSource} (template metadata) or {@code external} (the suppressions file)
     * @param justification the reason given
     * @param owner         who owns the exception, or null
     * @param expires       ISO date after which it stops applying, or null
     * @param origin        where the suppression was written ({@code file:line} or the resource)
     */
    public record Suppression(String kind, String justification, String owner, String expires, String origin) {}
}
