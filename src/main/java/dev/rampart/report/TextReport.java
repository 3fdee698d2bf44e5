package dev.rampart.report;

import dev.rampart.engine.Finding;
import dev.rampart.engine.RuleInfo;
import dev.rampart.engine.ScanResult;
import dev.rampart.engine.Severity;
import dev.rampart.engine.SuppressionAudit;
import dev.rampart.engine.Unknown;
import dev.rampart.snapshot.Gap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report for people: open findings grouped by severity then rule (resource, {@code file:line}, CDK path,
 * message, and the rule's remediation), then what was suppressed, what stayed unknown, the gaps, the baseline
 * and the previous run, and a summary line. Colour only when {@link ReportSettings#colour()}.
 */
public final class TextReport {
    private static final int LISTED = 20;
    private static final int WIDTH = 100;

    private final ScanResult result;
    private final ReportSettings settings;
    private final Ansi ansi;
    private final StringBuilder out = new StringBuilder();

    private TextReport(ScanResult result, ReportSettings settings) {
        this.result = result;
        this.settings = settings;
        this.ansi = new Ansi(settings.colour());
    }

    public static String render(ScanResult result, ReportSettings settings) {
        TextReport r = new TextReport(result, settings);
        r.write();
        return r.out.toString();
    }

    private void write() {
        List<Finding> open = result.findings().stream().filter(f -> !f.suppressed()).toList();
        if (open.isEmpty()) {
            line(ansi.green("No findings.") + " " + result.rules().size() + " rule" + plural(result.rules().size())
                    + " evaluated.");
        }
        for (Severity severity : Severity.values()) {
            List<Finding> of = open.stream().filter(f -> f.severity() == severity).toList();
            if (!of.isEmpty()) {
                severitySection(severity, of);
            }
        }
        suppressed();
        unknowns();
        gaps();
        baseline();
        changes();
        gap();
        line(summaryLine(Summary.of(result, settings)));
    }

    private void severitySection(Severity severity, List<Finding> findings) {
        gap();
        line(ansi.severity(severity, severity.name()) + " (" + findings.size() + ")");
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        findings.forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new java.util.ArrayList<>()).add(f));
        byRule.forEach((id, of) -> {
            RuleInfo rule = result.rule(id);
            line("  " + ansi.bold(id) + "  " + (rule == null ? "" : rule.title()));
            for (Finding f : of) {
                finding(f);
            }
            if (rule != null && rule.remediation() != null) {
                line("    " + ansi.bold("Remediation:") + " "
                        + wrap(rule.remediation(), "    Remediation: ".length(), "      "));
            }
        });
    }

    private void finding(Finding f) {
        String marker = f.baseline() == null ? "" : f.baseline() == Finding.BaselineState.NEW ? ansi.yellow(" [new]")
                : ansi.dim(" [baseline]");
        line("    - " + f.resourceId() + marker);
        String where = Locations.fileLine(f.location());
        String path = f.location().constructPath();
        String live = f.location().file() == null ? Locations.live(f.account(), f.region(), f.location().arn()) : null;
        String place = String.join("  ", java.util.stream.Stream.of(where, path, live)
                .filter(s -> s != null && !s.isEmpty()).toList());
        if (!place.isEmpty()) {
            line("      " + ansi.dim(place));
        }
        line("      " + wrap(f.message(), 6, "      "));
    }

    private void suppressed() {
        List<Finding> s = result.findings().stream().filter(Finding::suppressed).toList();
        SuppressionAudit audit = result.suppressions();
        if (s.isEmpty() && audit.expired().isEmpty() && audit.stale().isEmpty()) {
            return;
        }
        gap();
        line(ansi.bold("Suppressed") + " (" + s.size() + ")");
        for (Finding f : s) {
            Finding.Suppression why = f.suppression();
            line("  " + f.ruleId() + "  " + f.resourceId() + ": " + why.justification()
                    + ansi.dim(" (" + details(why.owner(), why.expires() == null ? null : "until " + why.expires(), why.origin()) + ")"));
        }
        for (SuppressionAudit.Entry e : audit.expired()) {
            line("  " + ansi.yellow("expired") + " " + e.scope() + ", " + e.expires() + ": no longer applied to "
                    + e.matches() + " finding" + plural(e.matches()) + ansi.dim(" (" + details(e.owner(), e.origin()) + ")"));
        }
        for (SuppressionAudit.Entry e : audit.stale()) {
            line("  " + ansi.yellow("stale") + " " + e.scope() + ": matches no finding"
                    + ansi.dim(" (" + details(e.owner(), e.origin()) + ")"));
        }
    }

    private void unknowns() {
        if (result.unknowns().isEmpty()) {
            return;
        }
        gap();
        line(ansi.bold("Unknown") + " (" + result.unknowns().size() + " undecided: the snapshot could not tell)");
        Map<String, List<Unknown>> byRule = result.unknowns().stream()
                .collect(Collectors.groupingBy(Unknown::ruleId, LinkedHashMap::new, Collectors.toList()));
        byRule.forEach((id, of) -> {
            line("  " + ansi.bold(id) + "  " + of.size() + " resource" + plural(of.size()));
            of.stream().limit(LISTED).forEach(u -> line("    - " + u.resourceId() + ": " + u.reason()));
            if (of.size() > LISTED) {
                line("    … and " + (of.size() - LISTED) + " more");
            }
        });
    }

    private void gaps() {
        if (result.gaps().isEmpty()) {
            return;
        }
        gap();
        line(ansi.bold("Gaps") + " (" + result.gaps().size() + ": what could not be collected or resolved)");
        for (Gap g : result.gaps().subList(0, Math.min(LISTED, result.gaps().size()))) {
            line("  - " + Locations.describe(g));
        }
        if (result.gaps().size() > LISTED) {
            line("  … and " + (result.gaps().size() - LISTED) + " more");
        }
    }

    private void baseline() {
        if (result.baseline() == null) {
            return;
        }
        var b = result.baseline();
        gap();
        line(ansi.bold("Baseline") + " " + b.file() + ": " + b.added() + " new, " + b.unchanged() + " already there, "
                + b.fixed().size() + " fixed");
        b.fixed().stream().limit(LISTED).forEach(e -> line("  fixed " + e.ruleId() + "  " + e.resource()));
    }

    private void changes() {
        if (result.changes() == null) {
            return;
        }
        var c = result.changes();
        gap();
        line(ansi.bold("Since " + c.previous()) + ": " + c.added().size() + " new, " + c.resolved().size()
                + " resolved, " + c.stillOpen().size() + " still open");
        c.added().forEach(f -> line("  " + ansi.yellow("new") + "      " + f.ruleId() + "  " + f.resourceId()));
        c.resolved().forEach(f -> line("  " + ansi.green("resolved") + " " + f.ruleId() + "  " + f.resourceId()));
    }

    /** The one-line summary, also printed on stderr when the report goes to files. */
    public static String summaryLine(Summary s) {
        String counts = java.util.Arrays.stream(Severity.values())
                .map(sev -> s.open().get(sev) + " " + sev.json()).collect(Collectors.joining(", "));
        return s.openTotal() + " finding" + plural(s.openTotal()) + " (" + counts + "), " + s.suppressed()
                + " suppressed, " + s.unknowns() + " unknown, " + s.gaps() + " gap" + plural(s.gaps()) + "; "
                + s.rules() + " rule" + plural(s.rules()) + " on " + s.resources() + " resource" + plural(s.resources())
                + " — " + verdict(s);
    }

    private static String verdict(Summary s) {
        return switch (s.verdict()) {
            case PASS -> "pass";
            case FAIL -> "fail: " + s.failing() + " at or above --fail-on";
            case INCOMPLETE -> "incomplete: gaps or unknowns could hide findings (--allow-partial accepts)";
        };
    }

    private static String details(String... parts) {
        return String.join(", ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isEmpty()).toList());
    }

    /**
     * {@code text} folded at {@value #WIDTH} columns for a line that starts at column {@code start}, continuation
     * lines indented by {@code indent}; words (URLs) are never split, and line breaks in the text are kept.
     */
    static String wrap(String text, int start, String indent) {
        StringBuilder out = new StringBuilder();
        int column = start;
        boolean first = true;
        for (String paragraph : text.strip().split("\n")) {
            if (!first) {
                out.append('\n').append(indent);
                column = indent.length();
            }
            boolean lineStart = true;
            for (String word : paragraph.strip().split("\\s+")) {
                if (!lineStart && column + 1 + word.length() > WIDTH) {
                    out.append('\n').append(indent);
                    column = indent.length();
                    lineStart = true;
                }
                if (!lineStart) {
                    out.append(' ');
                    column++;
                }
                out.append(word);
                column += word.length();
                lineStart = false;
            }
            first = false;
        }
        return out.toString();
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /** A blank line between sections (none before the first). */
    private void gap() {
        if (!out.isEmpty()) {
            out.append('\n');
        }
    }

    private void line(String s) {
        out.append(s).append('\n');
    }
}
