package dev.rampart.report;

import dev.rampart.engine.Severity;
import java.nio.file.Path;
import java.time.Instant;

/**
 * How reports are written.
 *
 * @param failOn       the {@code --fail-on} threshold, or null for {@code never}
 * @param allowPartial whether an incomplete scan is accepted ({@code --allow-partial})
 * @param sourceRoot   the directory SARIF paths are relative to ({@code --source-root}, absolute)
 * @param category     the SARIF analysis category ({@code --category}), or null for the default by source kind
 * @param colour       whether text output may use ANSI colours (only on a terminal, never in files)
 * @param generatedAt  when the report was written
 */
public record ReportSettings(Severity failOn, boolean allowPartial, Path sourceRoot, String category, boolean colour,
        Instant generatedAt) {

    public ReportSettings {
        sourceRoot = sourceRoot.toAbsolutePath().normalize();
    }

    /** The same settings with colour off (for files). */
    public ReportSettings withoutColour() {
        return new ReportSettings(failOn, allowPartial, sourceRoot, category, false, generatedAt);
    }
}
