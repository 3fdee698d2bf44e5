package dev.rampart.engine;

import java.util.List;

/**
 * A rule as the engine knows it from its module's METADATA.
 *
 * @param id            {@code custom.id}, e.g. {@code NET-001}
 * @param title         METADATA {@code title}
 * @param description   METADATA {@code description}
 * @param severity      {@code custom.severity}; a finding may override it
 * @param remediation   {@code custom.remediation}
 * @param references    URLs from {@code related_resources}
 * @param resourceKinds {@code custom.resource_kinds}: the snapshot collections the rule evaluates
 * @param packagePath   the Rego package, e.g. {@code rampart.rules.net_001}
 * @param source        the policy file, or the bundle it came from
 */
public record RuleInfo(String id, String title, String description, Severity severity, String remediation,
        List<String> references, List<String> resourceKinds, String packagePath, String source) {
    public RuleInfo {
        references = List.copyOf(references);
        resourceKinds = List.copyOf(resourceKinds);
    }
}
