package dev.rampart.wasm.builtins;

import dev.rampart.wasm.builtins.GoTimeLayout.Chunk;
import dev.rampart.wasm.builtins.GoTimeLayout.Std;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Values;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * One call of Go's {@code time.Parse}: reads {@code value} chunk by chunk of a {@link GoTimeLayout} and
 * gives nanoseconds since the epoch, failing with Go's messages ({@code parsing time "x" as "2006":
 * cannot parse "x" as "2006"}, {@code month out of range}, {@code extra text}). Zone abbreviations
 * other than UTC get a zero offset, as Go gives unknown zones.
 */
final class GoTimeParser {

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

    GoTimeParser(String layout, String value) {
        this.layout = layout;
        this.original = value;
        this.value = value;
    }

    long run() {
        List<Chunk> chunks = GoTimeLayout.split(layout);
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
                    ? Month.of(k + 1).getDisplayName(style, Locale.ENGLISH)
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

    private static int fractionNanos(String digits) {
        String nine = (digits + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String quote(String s) {
        return Values.toRego(StringValue.of(s));
    }
}
