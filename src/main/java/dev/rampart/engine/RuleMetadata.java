package dev.rampart.engine;

import dev.rampart.rego.ast.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a rule's {@link RuleInfo} from its package METADATA block, refusing what the contract does not allow. */
final class RuleMetadata {
    private RuleMetadata() {}

    static RuleInfo read(Annotation meta, String pkg, String file) {
        Map<String, Object> custom = meta.custom();
        String where = file + ": package " + pkg;
        String id = string(custom.get("id"), where, "custom.id");
        if (id == null || id.isBlank()) {
            throw new PolicyException(where + ": custom.id must be a non-empty string");
        }
        String severityText = string(custom.get("severity"), where, "custom.severity");
        Severity severity = Severity.parse(severityText);
        if (severity == null) {
            throw new PolicyException(where + " (" + id + "): custom.severity must be one of critical, high, medium,"
                    + " low, info" + (severityText == null ? "; it is missing" : ", not '" + severityText + "'"));
        }
        String precision = string(custom.get("precision"), where, "custom.precision");
        if (precision != null && !RuleInfo.PRECISIONS.contains(precision)) {
            throw new PolicyException(where + " (" + id + "): custom.precision must be one of " + RuleInfo.PRECISIONS);
        }
        List<String> references = new ArrayList<>();
        meta.relatedResources().forEach(r -> references.add(r.ref()));
        String title = meta.title() == null || meta.title().isBlank() ? id : meta.title().trim();
        return new RuleInfo(id.trim(), title, trimmed(meta.description()), severity,
                trimmed(string(custom.get("remediation"), where, "custom.remediation")), references,
                strings(custom.get("resource_kinds"), where, "custom.resource_kinds"),
                strings(custom.get("tags"), where, "custom.tags"), precision, pkg, file);
    }

    private static String string(Object v, String where, String key) {
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw new PolicyException(where + ": " + key + " must be a string");
    }

    private static List<String> strings(Object v, String where, String key) {
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new PolicyException(where + ": " + key + " must be a list of strings");
    }

    private static String trimmed(String s) {
        return s == null ? null : s.strip();
    }
}
