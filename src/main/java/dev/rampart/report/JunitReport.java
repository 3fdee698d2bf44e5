package dev.rampart.report;

import dev.rampart.engine.Finding;
import dev.rampart.engine.RuleInfo;
import dev.rampart.engine.ScanResult;
import dev.rampart.engine.Unknown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JUnit XML as CI systems read it (Jenkins, GitLab, Azure, GitHub test reporters): one {@code testsuite} per
 * rule, one {@code testcase} per resource the rule evaluated; a violation is a {@code failure}, an undecided
 * resource is {@code skipped}, a suppressed finding passes with the suppression in {@code system-out}.
 */
public final class JunitReport {
    private final StringBuilder out = new StringBuilder();

    private JunitReport() {}

    public static String render(ScanResult result, ReportSettings settings) {
        JunitReport r = new JunitReport();
        r.write(result);
        return r.out.toString();
    }

    private record Case(String resource, List<Finding> findings, Unknown unknown) {}

    private void write(ScanResult result) {
        List<List<Case>> suites = new ArrayList<>();
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        for (RuleInfo rule : result.rules()) {
            List<Case> cases = cases(rule, result);
            suites.add(cases);
            tests += cases.size();
            failures += (int) cases.stream().filter(JunitReport::fails).count();
            skipped += (int) cases.stream().filter(c -> !fails(c) && c.unknown() != null).count();
        }
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<testsuites name=\"rampart\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"0\" skipped=\"").append(skipped).append("\" time=\"0\">\n");
        for (int i = 0; i < result.rules().size(); i++) {
            suite(result.rules().get(i), suites.get(i));
        }
        out.append("</testsuites>\n");
    }

    private static List<Case> cases(RuleInfo rule, ScanResult result) {
        Map<String, List<Finding>> findings = new LinkedHashMap<>();
        result.findings().stream().filter(f -> f.ruleId().equals(rule.id()))
                .forEach(f -> findings.computeIfAbsent(f.resourceId(), k -> new ArrayList<>()).add(f));
        Map<String, Unknown> unknowns = new LinkedHashMap<>();
        result.unknowns().stream().filter(u -> u.ruleId().equals(rule.id())).forEach(u -> unknowns.putIfAbsent(u.resourceId(), u));
        // Every evaluated resource, then any other resource a finding or unknown names (another kind, say).
        Set<String> resources = new LinkedHashSet<>(result.evaluated().getOrDefault(rule.id(), List.of()));
        resources.addAll(findings.keySet());
        resources.addAll(unknowns.keySet());
        return resources.stream().map(r -> new Case(r, findings.getOrDefault(r, List.of()), unknowns.get(r))).toList();
    }

    private static boolean fails(Case c) {
        return c.findings().stream().anyMatch(f -> !f.suppressed());
    }

    private void suite(RuleInfo rule, List<Case> cases) {
        long failures = cases.stream().filter(JunitReport::fails).count();
        long skipped = cases.stream().filter(c -> !fails(c) && c.unknown() != null).count();
        out.append("  <testsuite name=\"").append(attr(rule.id() + " " + rule.title())).append("\" tests=\"")
                .append(cases.size()).append("\" failures=\"").append(failures).append("\" errors=\"0\" skipped=\"")
                .append(skipped).append("\" time=\"0\">\n");
        out.append("    <properties>\n");
        property("id", rule.id());
        property("severity", rule.severity().json());
        property("source", rule.source());
        out.append("    </properties>\n");
        for (Case c : cases) {
            testcase(rule, c);
        }
        out.append("  </testsuite>\n");
    }

    private void testcase(RuleInfo rule, Case c) {
        out.append("    <testcase classname=\"").append(attr(rule.id())).append("\" name=\"").append(attr(c.resource()))
                .append("\"");
        Finding first = c.findings().isEmpty() ? null : c.findings().get(0);
        String file = first == null ? null : Locations.fileLine(first.location());
        if (file != null) {
            out.append(" file=\"").append(attr(first.location().file())).append("\"");
        }
        out.append(" time=\"0\">\n");
        List<Finding> open = c.findings().stream().filter(f -> !f.suppressed()).toList();
        if (!open.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (Finding f : open) {
                text.append(f.message()).append('\n');
                String at = Locations.fileLine(f.location());
                if (at != null) {
                    text.append("  at ").append(at).append('\n');
                }
                if (f.location().constructPath() != null) {
                    text.append("  construct ").append(f.location().constructPath()).append('\n');
                }
            }
            if (rule.remediation() != null) {
                text.append("Remediation: ").append(rule.remediation()).append('\n');
            }
            out.append("      <failure message=\"").append(attr(open.get(0).message())).append("\" type=\"")
                    .append(open.get(0).severity().json()).append("\">").append(text(text.toString()))
                    .append("</failure>\n");
        } else if (c.unknown() != null) {
            out.append("      <skipped message=\"").append(attr("unknown: " + c.unknown().reason())).append("\"/>\n");
        }
        List<Finding> suppressed = c.findings().stream().filter(Finding::suppressed).toList();
        if (!suppressed.isEmpty()) {
            StringBuilder text = new StringBuilder();
            suppressed.forEach(f -> text.append("suppressed: ").append(f.message()).append(" — ")
                    .append(f.suppression().justification()).append(" (").append(f.suppression().origin()).append(")\n"));
            out.append("      <system-out>").append(text(text.toString())).append("</system-out>\n");
        }
        out.append("    </testcase>\n");
    }

    private void property(String name, String value) {
        out.append("      <property name=\"").append(attr(name)).append("\" value=\"").append(attr(value)).append("\"/>\n");
    }

    /** Text content: XML's special characters escaped, characters XML 1.0 cannot hold dropped. */
    static String text(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                            || c >= 0x10000) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** An attribute value: as text, plus quotes and line ends escaped. */
    static String attr(String s) {
        return text(s == null ? "" : s).replace("\"", "&quot;").replace("\n", "&#10;").replace("\r", "&#13;")
                .replace("\t", "&#9;");
    }
}
