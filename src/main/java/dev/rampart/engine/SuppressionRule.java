package dev.rampart.engine;

import dev.rampart.snapshot.Resource;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One exception to the rules: which findings it covers (a rule id pattern and optional resource, tag, account,
 * region, stack and construct path patterns, all of which must match), why, who owns it and until when.
 *
 * @param kind          where it is written: in the template ({@code inSource}) or the suppressions file ({@code external})
 * @param rule          the rule ids it covers
 * @param resource      the resource ids it covers, or null for any
 * @param tags          tag key → value pattern the resource must carry (all of them)
 * @param account       account pattern, or null
 * @param region        region pattern, or null
 * @param stack         stack name pattern, or null
 * @param constructPath CDK construct path pattern, or null
 * @param reason        why (never empty)
 * @param owner         who owns the exception, or null
 * @param expires       the last day it applies (UTC), or null for no end
 * @param origin        where it is written, {@code file:line}
 */
public record SuppressionRule(Kind kind, Glob rule, Glob resource, Map<String, Glob> tags, Glob account, Glob region,
        Glob stack, Glob constructPath, String reason, String owner, LocalDate expires, String origin) {

    /** Where a suppression is written; the names are SARIF's suppression kinds. */
    public enum Kind {
        IN_SOURCE("inSource"), EXTERNAL("external");

        private final String sarif;

        Kind(String sarif) {
            this.sarif = sarif;
        }

        /** SARIF's name: {@code inSource} or {@code external}. */
        public String sarif() {
            return sarif;
        }
    }

    public SuppressionRule {
        Objects.requireNonNull(rule);
        tags = Map.copyOf(tags);
    }

    /** Whether it has stopped applying on {@code today} (it applies through its {@code expires} day). */
    public boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }

    /** Whether it covers {@code f}; {@code resource} is the finding's resource in the snapshot, or null. */
    public boolean covers(Finding f, Resource resourceInSnapshot) {
        if (!rule.matches(f.ruleId()) || (resource != null && !resource.matches(f.resourceId()))
                || (account != null && !account.matches(f.account()))
                || (region != null && !region.matches(f.region()))
                || (stack != null && !stack.matches(f.location().stack()))
                || (constructPath != null && !constructPath.matches(f.location().constructPath()))) {
            return false;
        }
        if (tags.isEmpty()) {
            return true;
        }
        Map<String, String> have = resourceInSnapshot == null ? null : resourceInSnapshot.tags();
        if (have == null) {
            return false;
        }
        return tags.entrySet().stream().allMatch(t -> t.getValue().matches(have.get(t.getKey())));
    }

    /** What it covers, for reports: {@code NET-001 on Stack/Bastion* (tags env=dev)}. */
    public String scope() {
        StringBuilder b = new StringBuilder(rule.text());
        Map<String, Glob> where = new LinkedHashMap<>();
        where.put("resource", resource);
        where.put("account", account);
        where.put("region", region);
        where.put("stack", stack);
        where.put("construct_path", constructPath);
        where.forEach((k, v) -> {
            if (v != null) {
                b.append(k.equals("resource") ? " on " : " " + k + "=").append(v.text());
            }
        });
        if (!tags.isEmpty()) {
            b.append(" tags ").append(String.join(",", tags.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue().text()).toList()));
        }
        return b.toString();
    }

    /** The suppression a finding records when this rule applies. */
    public Finding.Suppression toFindingSuppression() {
        return new Finding.Suppression(kind.sarif(), reason, owner, expires == null ? null : expires.toString(), origin);
    }

    static final List<String> PATTERN_KEYS = List.of("resource", "account", "region", "stack", "construct_path");
}
