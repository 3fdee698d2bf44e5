package dev.rampart.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.engine.RuleInfo;
import dev.rampart.engine.Severity;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rules as SARIF reporting descriptors, with what GitHub code scanning reads: descriptions, help in text and
 * Markdown, tags (always {@code security}), precision, and {@code security-severity} by this mapping
 * (docs/sarif.md): critical 9.5, high 8.0, medium 5.5, low 3.0 — each inside GitHub's band of the same name.
 * Info rules carry no security severity (GitHub has no band below low) and say
 * {@code problem.severity: recommendation} instead.
 */
final class SarifRules {
    private static final int MAX_DESCRIPTION = 1024;
    private static final int MAX_TAGS = 20;

    /** Tags for the rule families of the built-in catalogue. */
    private static final Map<String, String> FAMILY_TAGS = Map.of(
            "NET", "network", "EPT", "vpc-endpoints", "SC", "service-connect", "LB", "load-balancing");

    private SarifRules() {}

    /** GitHub's security severity for a rule severity, or null for info. */
    static String securitySeverity(Severity s) {
        return switch (s) {
            case CRITICAL -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> null;
        };
    }

    /** SARIF level: error for critical and high, warning for medium, note for low and info. */
    static String level(Severity s) {
        return switch (s) {
            case CRITICAL, HIGH -> "error";
            case MEDIUM -> "warning";
            case LOW, INFO -> "note";
        };
    }

    static ObjectNode descriptor(RuleInfo r) {
        ObjectNode o = FindingsJson.JSON.createObjectNode();
        o.put("id", r.id());
        o.put("name", name(r));
        o.putObject("shortDescription").put("text", cap(r.title()));
        o.putObject("fullDescription").put("text", cap(r.description() == null ? r.title() : r.description()));
        ObjectNode help = o.putObject("help");
        help.put("text", helpText(r));
        help.put("markdown", helpMarkdown(r));
        if (!r.references().isEmpty()) {
            o.put("helpUri", r.references().get(0));
        }
        o.putObject("defaultConfiguration").put("level", level(r.severity()));
        ObjectNode props = o.putObject("properties");
        ArrayNode tags = props.putArray("tags");
        tags(r).forEach(tags::add);
        props.put("precision", r.precision());
        String security = securitySeverity(r.severity());
        if (security != null) {
            props.put("security-severity", security);
        } else {
            props.put("problem.severity", "recommendation");
        }
        props.put("severity", r.severity().json());
        return o;
    }

    /** {@code security}, {@code aws}, the family's tag, then the rule's own; unique (SARIF requires it), at most 20. */
    static Set<String> tags(RuleInfo r) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("security");
        tags.add("aws");
        tags.add(FAMILY_TAGS.getOrDefault(r.family(), r.family().toLowerCase(Locale.ROOT)));
        tags.addAll(r.tags());
        return tags.stream().limit(MAX_TAGS).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }

    /** An identifier made from the title, as SARIF's {@code name} wants: {@code HttpListenersRedirectToHttps}. */
    static String name(RuleInfo r) {
        StringBuilder b = new StringBuilder();
        for (String word : r.title().split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        String name = b.isEmpty() ? r.id() : b.toString();
        return name.length() <= 255 ? name : name.substring(0, 255);
    }

    private static String helpText(RuleInfo r) {
        StringBuilder b = new StringBuilder(r.id()).append(": ").append(r.title());
        if (r.description() != null) {
            b.append("\n\n").append(r.description());
        }
        if (r.remediation() != null) {
            b.append("\n\nRemediation: ").append(r.remediation());
        }
        if (!r.references().isEmpty()) {
            b.append("\n\nReferences:");
            r.references().forEach(ref -> b.append("\n- ").append(ref));
        }
        return b.toString();
    }

    private static String helpMarkdown(RuleInfo r) {
        StringBuilder b = new StringBuilder("**").append(r.id()).append("**: ").append(r.title());
        if (r.description() != null) {
            b.append("\n\n").append(r.description());
        }
        if (r.remediation() != null) {
            b.append("\n\n### Remediation\n\n").append(r.remediation());
        }
        if (!r.references().isEmpty()) {
            b.append("\n\n### References\n");
            r.references().forEach(ref -> b.append("\n- <").append(ref).append('>'));
        }
        return b.toString();
    }

    private static String cap(String s) {
        return s.length() <= MAX_DESCRIPTION ? s : s.substring(0, MAX_DESCRIPTION - 1) + "…";
    }
}
