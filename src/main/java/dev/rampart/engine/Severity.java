package dev.rampart.engine;

import java.util.Locale;

/** How much a finding matters, highest first; {@code --fail-on} compares against it. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    /** The lower-case name used in policies, options and reports, e.g. {@code high}. */
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is {@code other} or more severe. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /** The severity named {@code text} (any case), or null when it names none. */
    public static Severity parse(String text) {
        if (text == null) {
            return null;
        }
        for (Severity s : values()) {
            if (s.json().equalsIgnoreCase(text.trim())) {
                return s;
            }
        }
        return null;
    }
}
