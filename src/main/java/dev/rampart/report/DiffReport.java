package dev.rampart.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.engine.Finding;
import dev.rampart.engine.RunComparison;
import dev.rampart.engine.Severity;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * {@code rampart diff}: what changed between two runs, as text or as a JSON document
 * ({@code format: rampart-diff}, docs/findings.md).
 */
public final class DiffReport {
    /** The JSON document's {@code format}. */
    public static final String FORMAT = "rampart-diff";

    private DiffReport() {}

    /** The report; {@code newer} names the later run. */
    public static String render(RunComparison c, String newer, Format format, Severity failOn, Instant now) {
        return switch (format) {
            case JSON -> json(c, newer, failOn, now);
            case TEXT -> text(c, newer, failOn);
            default -> throw new IllegalArgumentException("diff writes text or json, not " + format.option());
        };
    }

    /** The new findings that count for {@code --fail-on}. */
    public static List<Finding> failing(RunComparison c, Severity failOn) {
        return Verdict.failing(c.added(), failOn);
    }

    private static String text(RunComparison c, String newer, Severity failOn) {
        StringBuilder b = new StringBuilder();
        b.append(c.previous()).append(" → ").append(newer).append(": ").append(c.added().size()).append(" new, ")
                .append(c.resolved().size()).append(" resolved, ").append(c.stillOpen().size()).append(" still open\n");
        section(b, "New", c.added());
        section(b, "Resolved", c.resolved());
        section(b, "Still open", c.stillOpen());
        int failing = failing(c, failOn).size();
        b.append('\n').append(failing == 0 ? "pass" : "fail: " + failing + " new at or above --fail-on").append('\n');
        return b.toString();
    }

    private static void section(StringBuilder b, String title, List<Finding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        b.append('\n').append(title).append(" (").append(findings.size()).append(")\n");
        for (Finding f : findings) {
            b.append("  ").append(f.severity().json().toUpperCase(java.util.Locale.ROOT)).append("  ").append(f.ruleId())
                    .append("  ").append(f.resourceId());
            String at = Locations.fileLine(f.location());
            if (at != null) {
                b.append("  (").append(at).append(')');
            }
            b.append("\n    ").append(f.message()).append('\n');
        }
    }

    private static String json(RunComparison c, String newer, Severity failOn, Instant now) {
        ObjectNode root = FindingsJson.JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", "1.0");
        root.put("generated_at", now.truncatedTo(ChronoUnit.SECONDS).toString());
        root.put("old", c.previous());
        root.put("new_run", newer);
        root.put("fail_on", failOn == null ? "never" : failOn.json());
        ObjectNode summary = root.putObject("summary");
        summary.put("new", c.added().size());
        summary.put("resolved", c.resolved().size());
        summary.put("still_open", c.stillOpen().size());
        summary.put("failing", failing(c, failOn).size());
        root.set("new", FindingsJson.findings(c.added()));
        root.set("resolved", FindingsJson.findings(c.resolved()));
        root.set("still_open", FindingsJson.findings(c.stillOpen()));
        return FindingsJson.write(root);
    }
}
