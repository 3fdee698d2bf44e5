package dev.rampart.engine;

import java.util.List;

/**
 * A rule as the engine knows it from its module's METADATA.
 *
 * @param id            {@code custom.id}, e.g. {@code NET-001}
 * @param title         METADATA {@code title} (the id when there is none)
 * @param description   METADATA {@code description}, or null
 * @param severity      {@code custom.severity}; a finding may override it
 * @param remediation   {@code custom.remediation}, or null
 * @param references    URLs from {@code related_resources}
 * @param resourceKinds {@code custom.resource_kinds}: the snapshot collections the rule evaluates
 * @param tags          {@code custom.tags}: extra labels for reports (SARIF adds {@code security} and the family)
 * @param precision     {@code custom.precision}: how often its findings are true ({@code very-high}, {@code high},
 *                      {@code medium}, {@code low}); {@code high} when not given
 * @param packagePath   the Rego package, e.g. {@code rampart.rules.net_001}
 * @param source        the policy file, or the bundle it came from
 */
public record RuleInfo(String id, String title, String description, Severity severity, String remediation,
        List<String> references, List<String> resourceKinds, List<String> tags, String precision, String packagePath,
        String source) {

    /** The precisions SARIF (and GitHub) know. */
    public static final List<String> PRECISIONS = List.of("very-high", "high", "medium", "low");

    public RuleInfo {
        references = List.copyOf(references);
        resourceKinds = List.copyOf(resourceKinds);
        tags = List.copyOf(tags);
        precision = precision == null ? "high" : precision;
    }

    /** A rule without extra tags, of the default precision. */
    public RuleInfo(String id, String title, String description, Severity severity, String remediation,
            List<String> references, List<String> resourceKinds, String packagePath, String source) {
        this(id, title, description, severity, remediation, references, resourceKinds, List.of(), null, packagePath,
                source);
    }

    /** The family of the id, e.g. {@code NET} for {@code NET-001}; the whole id when it has no dash. */
    public String family() {
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }
}
