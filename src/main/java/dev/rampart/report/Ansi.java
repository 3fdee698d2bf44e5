package dev.rampart.report;

import dev.rampart.engine.Severity;

/** ANSI styling for the text report, or none: one switch, so files never get escape codes. */
record Ansi(boolean on) {
    private static final String RESET = "\u001b[0m";

    String bold(String s) {
        return wrap("1", s);
    }

    String dim(String s) {
        return wrap("2", s);
    }

    String green(String s) {
        return wrap("32", s);
    }

    String yellow(String s) {
        return wrap("33", s);
    }

    String severity(Severity severity, String s) {
        return switch (severity) {
            case CRITICAL -> wrap("1;35", s);
            case HIGH -> wrap("1;31", s);
            case MEDIUM -> wrap("1;33", s);
            case LOW -> wrap("1;36", s);
            case INFO -> wrap("1", s);
        };
    }

    private String wrap(String code, String s) {
        return on ? "\u001b[" + code + "m" + s + RESET : s;
    }
}
