package dev.rampart;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them on a command line and read them in messages: {@code 500ms}, {@code 30s}, {@code 2m}. */
public final class Durations {
    private Durations() {}

    /** The longest duration accepted. */
    public static final Duration MAX = Duration.ofHours(24);

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    /** Parses {@code text}; {@code option} names what was being read in the error. */
    public static Duration parse(String text, String option) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new RampartException(option + ": \"" + text + "\" is not a duration (e.g. 500ms, 30s, 2m, 1h)");
        }
        long unitMillis = switch (m.group(2)) {
            case "ms" -> 1L;
            case "s" -> 1000L;
            case "m" -> 60_000L;
            default -> 3_600_000L;
        };
        // a digit string longer than a long, or more than a day: both are slips, not deadlines
        if (m.group(1).length() > 12 || Long.parseLong(m.group(1)) * unitMillis > MAX.toMillis()) {
            throw new RampartException(option + ": \"" + text + "\" is more than the " + format(MAX) + " allowed");
        }
        Duration d = Duration.ofMillis(Long.parseLong(m.group(1)) * unitMillis);
        if (d.isZero()) {
            throw new RampartException(option + ": \"" + text + "\" must be longer than zero");
        }
        return d;
    }

    /** The shortest exact form: {@code 10s}, {@code 1500ms}, {@code 2m}. */
    public static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0 && ms > 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0 && ms > 0) {
            return ms / 60_000 + "m";
        }
        if (ms % 1000 == 0) {
            return ms / 1000 + "s";
        }
        return ms + "ms";
    }
}
