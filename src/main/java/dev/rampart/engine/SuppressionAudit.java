package dev.rampart.engine;

import java.util.List;

/**
 * What the suppressions of a scan did, beyond the findings they marked: the entries that have expired (they no
 * longer suppress; their findings count again) and the entries that matched nothing (stale: the finding was
 * fixed, or the entry is wrong).
 *
 * @param suppressed how many findings a suppression applies to
 * @param expired    expired entries, with how many findings they would have covered
 * @param stale      entries in force that covered no finding
 */
public record SuppressionAudit(int suppressed, List<Entry> expired, List<Entry> stale) {

    /** No suppressions at all. */
    public static final SuppressionAudit NONE = new SuppressionAudit(0, List.of(), List.of());

    public SuppressionAudit {
        expired = List.copyOf(expired);
        stale = List.copyOf(stale);
    }

    /**
     * One suppression entry as reports name it.
     *
     * @param kind    {@code inSource} or {@code external}
     * @param scope   what it covers, e.g. {@code NET-001 on Stack/Bastion*}
     * @param reason  its reason
     * @param owner   its owner, or null
     * @param expires its last day ({@code YYYY-MM-DD}), or null
     * @param origin  where it is written ({@code file:line})
     * @param matches how many findings it covers (or would cover, when expired)
     */
    public record Entry(String kind, String scope, String reason, String owner, String expires, String origin,
            int matches) {

        static Entry of(SuppressionRule r, int matches) {
            return new Entry(r.kind().sarif(), r.scope(), r.reason(), r.owner(),
                    r.expires() == null ? null : r.expires().toString(), r.origin(), matches);
        }
    }
}
