package dev.rampart.wasm.builtins;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Go's reference-time layouts ({@code "2006-01-02T15:04:05Z07:00"}), which OPA's {@code time.format} and
 * {@code time.parse_ns} take: a layout is split into Go's standard chunks, which format a UTC time or
 * parse a text as Go's {@code time.Parse} does (including its error messages).
 */
final class GoTimeLayout {
    /** Go's standard chunks, recognised in a layout by {@link #split(String)}. */
    enum Std {
        LITERAL, LONG_MONTH, MONTH, NUM_MONTH, ZERO_MONTH, LONG_WEEKDAY, WEEKDAY, DAY, UNDER_DAY, ZERO_DAY,
        UNDER_YEAR_DAY, ZERO_YEAR_DAY, HOUR, HOUR12, ZERO_HOUR12, MINUTE, ZERO_MINUTE, SECOND, ZERO_SECOND,
        LONG_YEAR, YEAR, PM_UPPER, PM_LOWER, TZ, ISO_TZ, ISO_SECONDS_TZ, ISO_SHORT_TZ, ISO_COLON_TZ,
        ISO_COLON_SECONDS_TZ, NUM_TZ, NUM_SHORT_TZ, NUM_COLON_TZ, NUM_SECONDS_TZ, NUM_COLON_SECONDS_TZ,
        FRAC_ZERO, FRAC_NINE
    }

    /** One piece of a layout: a literal text, or a chunk with its layout text. */
    record Chunk(Std std, String text) {}

    private GoTimeLayout() {}

    /** Splits a layout into literal texts and standard chunks, with Go's precedence rules. */
    static List<Chunk> split(String layout) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < layout.length()) {
            Chunk c = chunkAt(layout, i);
            if (c == null) {
                literal.append(layout.charAt(i));
                i++;
                continue;
            }
            if (!literal.isEmpty()) {
                chunks.add(new Chunk(Std.LITERAL, literal.toString()));
                literal.setLength(0);
            }
            chunks.add(c);
            i += c.text().length();
        }
        if (!literal.isEmpty()) {
            chunks.add(new Chunk(Std.LITERAL, literal.toString()));
        }
        return chunks;
    }

    private static Chunk chunkAt(String l, int i) {
        String rest = l.substring(i);
        switch (l.charAt(i)) {
            case 'J' -> {
                if (rest.startsWith("January")) {
                    return new Chunk(Std.LONG_MONTH, "January");
                }
                if (rest.startsWith("Jan") && !startsLower(rest, 3)) {
                    return new Chunk(Std.MONTH, "Jan");
                }
            }
            case 'M' -> {
                if (rest.startsWith("Monday")) {
                    return new Chunk(Std.LONG_WEEKDAY, "Monday");
                }
                if (rest.startsWith("Mon") && !startsLower(rest, 3)) {
                    return new Chunk(Std.WEEKDAY, "Mon");
                }
                if (rest.startsWith("MST")) {
                    return new Chunk(Std.TZ, "MST");
                }
            }
            case '0' -> {
                if (rest.length() >= 2 && rest.charAt(1) >= '1' && rest.charAt(1) <= '6') {
                    Std[] zero = {Std.ZERO_MONTH, Std.ZERO_DAY, Std.ZERO_HOUR12, Std.ZERO_MINUTE, Std.ZERO_SECOND, Std.YEAR};
                    return new Chunk(zero[rest.charAt(1) - '1'], rest.substring(0, 2));
                }
                if (rest.startsWith("002")) {
                    return new Chunk(Std.ZERO_YEAR_DAY, "002");
                }
            }
            case '1' -> {
                return rest.startsWith("15") ? new Chunk(Std.HOUR, "15") : new Chunk(Std.NUM_MONTH, "1");
            }
            case '2' -> {
                return rest.startsWith("2006") ? new Chunk(Std.LONG_YEAR, "2006") : new Chunk(Std.DAY, "2");
            }
            case '_' -> {
                if (rest.startsWith("_2") && !rest.startsWith("_2006")) {
                    return new Chunk(Std.UNDER_DAY, "_2");
                }
                if (rest.startsWith("__2")) {
                    return new Chunk(Std.UNDER_YEAR_DAY, "__2");
                }
            }
            case '3' -> {
                return new Chunk(Std.HOUR12, "3");
            }
            case '4' -> {
                return new Chunk(Std.MINUTE, "4");
            }
            case '5' -> {
                return new Chunk(Std.SECOND, "5");
            }
            case 'P' -> {
                if (rest.startsWith("PM")) {
                    return new Chunk(Std.PM_UPPER, "PM");
                }
            }
            case 'p' -> {
                if (rest.startsWith("pm")) {
                    return new Chunk(Std.PM_LOWER, "pm");
                }
            }
            case '-' -> {
                for (String[] z : new String[][] {{"-070000", "NUM_SECONDS_TZ"}, {"-07:00:00", "NUM_COLON_SECONDS_TZ"},
                        {"-0700", "NUM_TZ"}, {"-07:00", "NUM_COLON_TZ"}, {"-07", "NUM_SHORT_TZ"}}) {
                    if (rest.startsWith(z[0])) {
                        return new Chunk(Std.valueOf(z[1]), z[0]);
                    }
                }
            }
            case 'Z' -> {
                for (String[] z : new String[][] {{"Z070000", "ISO_SECONDS_TZ"}, {"Z07:00:00", "ISO_COLON_SECONDS_TZ"},
                        {"Z0700", "ISO_TZ"}, {"Z07:00", "ISO_COLON_TZ"}, {"Z07", "ISO_SHORT_TZ"}}) {
                    if (rest.startsWith(z[0])) {
                        return new Chunk(Std.valueOf(z[1]), z[0]);
                    }
                }
            }
            case '.', ',' -> {
                if (rest.length() >= 2 && (rest.charAt(1) == '0' || rest.charAt(1) == '9')) {
                    char digit = rest.charAt(1);
                    int j = 1;
                    while (j < rest.length() && rest.charAt(j) == digit) {
                        j++;
                    }
                    if (j >= rest.length() || !Character.isDigit(rest.charAt(j))) {
                        return new Chunk(digit == '0' ? Std.FRAC_ZERO : Std.FRAC_NINE, rest.substring(0, j));
                    }
                }
            }
            default -> { }
        }
        return null;
    }

    private static boolean startsLower(String s, int at) {
        return at < s.length() && s.charAt(at) >= 'a' && s.charAt(at) <= 'z';
    }

    /** {@code t} (UTC) laid out by {@code layout}. */
    static String format(LocalDateTime t, String layout) {
        StringBuilder sb = new StringBuilder();
        for (Chunk c : split(layout)) {
            int hour12 = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
            switch (c.std()) {
                case LITERAL -> sb.append(c.text());
                case LONG_MONTH -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case MONTH -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case NUM_MONTH -> sb.append(t.getMonthValue());
                case ZERO_MONTH -> sb.append(pad(t.getMonthValue(), 2, '0'));
                case LONG_WEEKDAY -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case WEEKDAY -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case DAY -> sb.append(t.getDayOfMonth());
                case UNDER_DAY -> sb.append(pad(t.getDayOfMonth(), 2, ' '));
                case ZERO_DAY -> sb.append(pad(t.getDayOfMonth(), 2, '0'));
                case UNDER_YEAR_DAY -> sb.append(pad(t.getDayOfYear(), 3, ' '));
                case ZERO_YEAR_DAY -> sb.append(pad(t.getDayOfYear(), 3, '0'));
                case HOUR -> sb.append(pad(t.getHour(), 2, '0'));
                case HOUR12 -> sb.append(hour12);
                case ZERO_HOUR12 -> sb.append(pad(hour12, 2, '0'));
                case MINUTE -> sb.append(t.getMinute());
                case ZERO_MINUTE -> sb.append(pad(t.getMinute(), 2, '0'));
                case SECOND -> sb.append(t.getSecond());
                case ZERO_SECOND -> sb.append(pad(t.getSecond(), 2, '0'));
                case LONG_YEAR -> sb.append(t.getYear() < 0 ? "-" + pad(-t.getYear(), 4, '0') : pad(t.getYear(), 4, '0'));
                case YEAR -> sb.append(pad(Math.floorMod(t.getYear(), 100), 2, '0'));
                case PM_UPPER -> sb.append(t.getHour() >= 12 ? "PM" : "AM");
                case PM_LOWER -> sb.append(t.getHour() >= 12 ? "pm" : "am");
                case TZ -> sb.append("UTC");
                case ISO_TZ, ISO_SECONDS_TZ, ISO_SHORT_TZ, ISO_COLON_TZ, ISO_COLON_SECONDS_TZ -> sb.append('Z');
                case NUM_TZ -> sb.append("+0000");
                case NUM_SHORT_TZ -> sb.append("+00");
                case NUM_COLON_TZ -> sb.append("+00:00");
                case NUM_SECONDS_TZ -> sb.append("+000000");
                case NUM_COLON_SECONDS_TZ -> sb.append("+00:00:00");
                case FRAC_ZERO, FRAC_NINE -> sb.append(fraction(c, t.getNano()));
            }
        }
        return sb.toString();
    }

    private static String fraction(Chunk c, int nanos) {
        int digits = c.text().length() - 1;
        String all = pad(nanos, 9, '0').substring(0, Math.min(9, digits));
        if (c.std() == Std.FRAC_NINE) {
            all = all.replaceFirst("0+$", "");
            if (all.isEmpty()) {
                return "";
            }
        }
        return c.text().charAt(0) + all;
    }

    private static String pad(int n, int width, char with) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : String.valueOf(with).repeat(width - s.length()) + s;
    }

    /** Parses {@code value} by {@code layout} as Go's {@code time.Parse}, giving nanoseconds since the epoch. */
    static long parse(String layout, String value) {
        return new GoTimeParser(layout, value).run();
    }
}
