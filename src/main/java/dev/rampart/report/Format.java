package dev.rampart.report;

import dev.rampart.engine.ScanResult;
import java.util.Locale;

/** The report formats of {@code --format} and {@code --output FORMAT=FILE}. */
public enum Format {
    /** For people (docs: README). */
    TEXT,
    /** The findings document (docs/findings.md). */
    JSON,
    /** SARIF 2.1.0 for code scanning (docs/sarif.md). */
    SARIF,
    /** JUnit XML for CI test reports. */
    JUNIT;

    /** The format named {@code text} (any case), or null. */
    public static Format parse(String text) {
        for (Format f : values()) {
            if (f.name().equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        return null;
    }

    /** The lower-case name used on the command line. */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The report of {@code result} in this format. */
    public String render(ScanResult result, ReportSettings settings) {
        return switch (this) {
            case TEXT -> TextReport.render(result, settings);
            case JSON -> FindingsJson.render(result, settings);
            case SARIF -> SarifReport.render(result, settings);
            case JUNIT -> JunitReport.render(result, settings);
        };
    }
}
