package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.Values;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
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
        return new Parser(layout, value).run();
    }

    /** The state of one {@code time.Parse} call. */
    private static final class Parser {
        private final String layout;
        private final String original;
        private String value;
        private int year;
        private int month = -1;
        private int day = -1;
        private int yday = -1;
        private int hour;
        private int minute;
        private int second;
        private int nanos;
        private boolean pm;
        private boolean am;
        private int offsetSeconds;

        Parser(String layout, String value) {
            this.layout = layout;
            this.original = value;
            this.value = value;
        }

        long run() {
            List<Chunk> chunks = split(layout);
            for (int k = 0; k < chunks.size(); k++) {
                Chunk c = chunks.get(k);
                if (c.std() == Std.LITERAL) {
                    value = skip(value, c.text());
                    continue;
                }
                String before = value;
                try {
                    step(c, k + 1 < chunks.size() ? chunks.get(k + 1) : null);
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    throw cannotParse(before, c.text());
                }
            }
            if (!value.isEmpty()) {
                throw failure(": extra text: " + quote(value));
            }
            if (pm && hour < 12) {
                hour += 12;
            } else if (am && hour == 12) {
                hour = 0;
            }
            LocalDate date;
            if (yday >= 0) {
                if (yday < 1 || yday > (LocalDate.of(year, 1, 1).isLeapYear() ? 366 : 365)) {
                    throw failure(": day-of-year out of range");
                }
                date = LocalDate.ofYearDay(year, yday);
                if ((month >= 0 && month != date.getMonthValue()) || (day >= 0 && day != date.getDayOfMonth())) {
                    throw failure(": day-of-year does not match " + (day >= 0 ? "day" : "month"));
                }
            } else {
                int m = month < 0 ? 1 : month;
                int d = day < 0 ? 1 : day;
                if (d > LocalDate.of(year, m, 1).lengthOfMonth()) {
                    throw failure(": day out of range");
                }
                date = LocalDate.of(year, m, d);
            }
            LocalDateTime local = date.atTime(hour, minute, second, nanos);
            long epochSecond = local.toEpochSecond(ZoneOffset.UTC) - offsetSeconds;
            return Math.addExact(Math.multiplyExact(epochSecond, 1_000_000_000L), nanos);
        }

        private void step(Chunk c, Chunk next) {
            switch (c.std()) {
                case YEAR -> {
                    int y = Integer.parseInt(take(2, c));
                    year = y >= 69 ? 1900 + y : 2000 + y;
                }
                case LONG_YEAR -> {
                    if (value.length() < 4 || !isDigits(value.substring(0, 4))) {
                        throw cannotParse(value, c.text());
                    }
                    year = Integer.parseInt(take(4, c));
                }
                case MONTH, LONG_MONTH -> month = lookup(c, c.std() == Std.MONTH ? TextStyle.SHORT : TextStyle.FULL, true) + 1;
                case NUM_MONTH, ZERO_MONTH -> {
                    month = number(c, c.std() == Std.ZERO_MONTH);
                    if (month < 1 || month > 12) {
                        throw failure(": month out of range");
                    }
                }
                case WEEKDAY, LONG_WEEKDAY -> lookup(c, c.std() == Std.WEEKDAY ? TextStyle.SHORT : TextStyle.FULL, false);
                case DAY, UNDER_DAY, ZERO_DAY -> {
                    if (c.std() == Std.UNDER_DAY && value.startsWith(" ")) {
                        value = value.substring(1);
                    }
                    day = number(c, c.std() == Std.ZERO_DAY);
                    if (day < 1 || day > 31) {
                        throw failure(": day out of range");
                    }
                }
                case UNDER_YEAR_DAY, ZERO_YEAR_DAY -> {
                    for (int k = 0; k < 2 && c.std() == Std.UNDER_YEAR_DAY && value.startsWith(" "); k++) {
                        value = value.substring(1);
                    }
                    yday = number(c, c.std() == Std.ZERO_YEAR_DAY, 3);
                }
                case HOUR -> hour = ranged(number(c, false), 23, "hour");
                case HOUR12, ZERO_HOUR12 -> hour = ranged(number(c, c.std() == Std.ZERO_HOUR12), 12, "hour");
                case MINUTE, ZERO_MINUTE -> minute = ranged(number(c, c.std() == Std.ZERO_MINUTE), 59, "minute");
                case SECOND, ZERO_SECOND -> {
                    second = ranged(number(c, c.std() == Std.ZERO_SECOND), 59, "second");
                    // Go accepts a fraction after the seconds even when the layout has none.
                    boolean layoutHasFraction = next != null && (next.std() == Std.FRAC_ZERO || next.std() == Std.FRAC_NINE);
                    if (!layoutHasFraction && value.length() > 1 && (value.charAt(0) == '.' || value.charAt(0) == ',')
                            && Character.isDigit(value.charAt(1))) {
                        int n = 1;
                        while (n < value.length() && Character.isDigit(value.charAt(n))) {
                            n++;
                        }
                        nanos = fractionNanos(value.substring(1, n));
                        value = value.substring(n);
                    }
                }
                case PM_UPPER, PM_LOWER -> {
                    String p = take(2, c);
                    String upper = c.std() == Std.PM_UPPER ? p : p.toUpperCase(Locale.ROOT);
                    if (c.std() == Std.PM_LOWER && !p.equals(p.toLowerCase(Locale.ROOT))) {
                        throw cannotParse(p + value, c.text());
                    }
                    switch (upper) {
                        case "PM" -> pm = true;
                        case "AM" -> am = true;
                        default -> throw cannotParse(p + value, c.text());
                    }
                }
                case TZ -> zoneAbbreviation(c);
                case FRAC_ZERO -> {
                    int digits = c.text().length() - 1;
                    if (value.length() < digits + 1 || value.charAt(0) != c.text().charAt(0)
                            || !isDigits(value.substring(1, digits + 1))) {
                        throw cannotParse(value, c.text());
                    }
                    nanos = fractionNanos(value.substring(1, digits + 1));
                    value = value.substring(digits + 1);
                }
                case FRAC_NINE -> {
                    if (value.length() >= 2 && (value.charAt(0) == '.' || value.charAt(0) == ',')
                            && Character.isDigit(value.charAt(1))) {
                        int n = 1;
                        while (n < value.length() && Character.isDigit(value.charAt(n))) {
                            n++;
                        }
                        nanos = fractionNanos(value.substring(1, n));
                        value = value.substring(n);
                    }
                }
                default -> numericZone(c);
            }
        }

        private void numericZone(Chunk c) {
            boolean iso = c.std().name().startsWith("ISO");
            if (iso && value.startsWith("Z")) {
                value = value.substring(1);
                offsetSeconds = 0;
                return;
            }
            String start = value;
            if (value.isEmpty() || (value.charAt(0) != '+' && value.charAt(0) != '-')) {
                throw cannotParse(start, c.text());
            }
            int sign = value.charAt(0) == '-' ? -1 : 1;
            String body = value.substring(1);
            boolean colon = c.text().contains(":");
            String h = body.substring(0, 2);
            int used = 2;
            String m = "00";
            String s = "00";
            Std std = c.std();
            boolean withMinutes = !(std == Std.NUM_SHORT_TZ || std == Std.ISO_SHORT_TZ);
            boolean withSeconds = std == Std.NUM_SECONDS_TZ || std == Std.NUM_COLON_SECONDS_TZ
                    || std == Std.ISO_SECONDS_TZ || std == Std.ISO_COLON_SECONDS_TZ;
            if (withMinutes) {
                if (colon) {
                    if (body.charAt(used) != ':') {
                        throw cannotParse(start, c.text());
                    }
                    used++;
                }
                m = body.substring(used, used + 2);
                used += 2;
            }
            if (withSeconds) {
                if (colon) {
                    if (body.charAt(used) != ':') {
                        throw cannotParse(start, c.text());
                    }
                    used++;
                }
                s = body.substring(used, used + 2);
                used += 2;
            }
            if (!isDigits(h) || !isDigits(m) || !isDigits(s)) {
                throw cannotParse(start, c.text());
            }
            offsetSeconds = sign * (Integer.parseInt(h) * 3600 + Integer.parseInt(m) * 60 + Integer.parseInt(s));
            value = body.substring(used);
        }

        // Go takes an upper-case abbreviation (UTC, MST, CEST, GMT+3) and, not knowing other zones, a zero offset.
        private void zoneAbbreviation(Chunk c) {
            if (value.startsWith("UTC")) {
                value = value.substring(3);
                return;
            }
            if (value.startsWith("GMT")) {
                int n = 3;
                if (n < value.length() && (value.charAt(n) == '+' || value.charAt(n) == '-')) {
                    int sign = value.charAt(n) == '-' ? -1 : 1;
                    int k = n + 1;
                    while (k < value.length() && Character.isDigit(value.charAt(k))) {
                        k++;
                    }
                    if (k > n + 1) {
                        offsetSeconds = sign * Integer.parseInt(value.substring(n + 1, k)) * 3600;
                        n = k;
                    }
                }
                value = value.substring(n);
                return;
            }
            int n = 0;
            while (n < value.length() && n < 5 && Character.isUpperCase(value.charAt(n))) {
                n++;
            }
            if (n < 3) {
                throw cannotParse(value, c.text());
            }
            value = value.substring(n);
        }

        private int lookup(Chunk c, TextStyle style, boolean months) {
            int count = months ? 12 : 7;
            for (int k = 0; k < count; k++) {
                String name = months
                        ? java.time.Month.of(k + 1).getDisplayName(style, Locale.ENGLISH)
                        : DayOfWeek.of(k == 0 ? 7 : k).getDisplayName(style, Locale.ENGLISH);
                if (value.length() >= name.length() && value.substring(0, name.length()).equalsIgnoreCase(name)) {
                    value = value.substring(name.length());
                    return k;
                }
            }
            throw cannotParse(value, c.text());
        }

        private int number(Chunk c, boolean fixed) {
            return number(c, fixed, 2);
        }

        // Go's getnum: one or two digits (three for days of the year), exactly that many when fixed.
        private int number(Chunk c, boolean fixed, int width) {
            int n = 0;
            while (n < width && n < value.length() && Character.isDigit(value.charAt(n))) {
                n++;
            }
            if (n == 0 || (fixed && n < width) || (width == 3 && n < 3 && fixed)) {
                throw cannotParse(value, c.text());
            }
            int v = Integer.parseInt(value.substring(0, n));
            value = value.substring(n);
            return v;
        }

        private int ranged(int v, int max, String what) {
            if (v < 0 || v > max) {
                throw failure(": " + what + " out of range");
            }
            return v;
        }

        private String take(int n, Chunk c) {
            if (value.length() < n) {
                throw cannotParse(value, c.text());
            }
            String s = value.substring(0, n);
            value = value.substring(n);
            return s;
        }

        // Runs of spaces in the layout match runs of spaces in the value.
        private String skip(String v, String prefix) {
            int i = 0;
            int j = 0;
            while (i < prefix.length()) {
                char p = prefix.charAt(i);
                if (p == ' ') {
                    if (j < v.length() && v.charAt(j) != ' ') {
                        throw cannotParse(v.substring(j), prefix.substring(i));
                    }
                    while (i < prefix.length() && prefix.charAt(i) == ' ') {
                        i++;
                    }
                    while (j < v.length() && v.charAt(j) == ' ') {
                        j++;
                    }
                    continue;
                }
                if (j >= v.length() || v.charAt(j) != p) {
                    throw cannotParse(v.substring(j), prefix.substring(i));
                }
                i++;
                j++;
            }
            return v.substring(j);
        }

        private BuiltinError cannotParse(String valueElem, String layoutElem) {
            return BuiltinError.failure("parsing time " + quote(original) + " as " + quote(layout) + ": cannot parse "
                    + quote(valueElem) + " as " + quote(layoutElem));
        }

        private BuiltinError failure(String message) {
            return BuiltinError.failure("parsing time " + quote(original) + message);
        }
    }

    private static int fractionNanos(String digits) {
        String nine = (digits + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String quote(String s) {
        return Values.toRego(dev.rampart.wasm.value.StringValue.of(s));
    }
}
