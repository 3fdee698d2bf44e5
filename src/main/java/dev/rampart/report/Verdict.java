package dev.rampart.report;

import dev.rampart.engine.Finding;
import dev.rampart.engine.ScanResult;
import dev.rampart.engine.Severity;
import java.util.List;

/**
 * How a scan ends: the exit-code policy. A finding counts when it is not suppressed, is new against the
 * baseline (when there is one) and is at or above {@code --fail-on}. Counting findings make the scan fail (exit
 * 1) even when it was also incomplete, because a violation that was found is certain; otherwise an incomplete
 * scan exits 3 unless partial results are allowed.
 */
public enum Verdict {
    /** Nothing counts: exit 0. */
    PASS(0),
    /** Findings at or above the threshold: exit 1. */
    FAIL(1),
    /** Gaps that could hide findings, and partial results were not allowed: exit 3. */
    INCOMPLETE(3);

    private final int exitCode;

    Verdict(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code (README "Exit codes"). */
    public int exitCode() {
        return exitCode;
    }

    /** The verdict on {@code result}; {@code failOn} null means never fail on findings. */
    public static Verdict of(ScanResult result, Severity failOn, boolean allowPartial) {
        if (!failing(result.findings(), failOn).isEmpty()) {
            return FAIL;
        }
        return result.incomplete() && !allowPartial ? INCOMPLETE : PASS;
    }

    /** The findings that count for {@code --fail-on}. */
    public static List<Finding> failing(List<Finding> findings, Severity failOn) {
        if (failOn == null) {
            return List.of();
        }
        return findings.stream().filter(f -> counts(f) && f.severity().atLeast(failOn)).toList();
    }

    /** Whether a finding can fail the scan at all: not suppressed and not already in the baseline. */
    public static boolean counts(Finding f) {
        return !f.suppressed() && f.baseline() != Finding.BaselineState.UNCHANGED;
    }
}
