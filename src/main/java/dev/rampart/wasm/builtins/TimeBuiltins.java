package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;

/**
 * The time built-ins on nanoseconds since the Unix epoch, in UTC only: a time given as
 * {@code [ns, "UTC"]} or {@code [ns, ""]} is accepted, any other zone is refused with a clear error.
 * {@code time.now_ns} is the evaluation's clock reading; layouts are Go's reference-time layouts.
 */
final class TimeBuiltins {
    private static final long NANOS = 1_000_000_000L;
    private static final String RFC3339 = "2006-01-02T15:04:05Z07:00";
    private static final String RFC3339_NANO = "2006-01-02T15:04:05.999999999Z07:00";
    private static final Map<String, String> NAMED_LAYOUTS = Map.of(
            "ANSIC", "Mon Jan _2 15:04:05 2006",
            "UnixDate", "Mon Jan _2 15:04:05 MST 2006",
            "RubyDate", "Mon Jan 02 15:04:05 -0700 2006",
            "RFC822", "02 Jan 06 15:04 MST",
            "RFC822Z", "02 Jan 06 15:04 -0700",
            "RFC850", "Monday, 02-Jan-06 15:04:05 MST",
            "RFC1123", "Mon, 02 Jan 2006 15:04:05 MST",
            "RFC1123Z", "Mon, 02 Jan 2006 15:04:05 -0700",
            "RFC3339", RFC3339,
            "RFC3339Nano", RFC3339_NANO);

    private TimeBuiltins() {}

    /** A time operand: its instant (UTC) and the layout given with it, if any. */
    private record Moment(LocalDateTime utc, String layout) {}

    static void register(Registry r) {
        r.function("time.now_ns", 0, (ctx, a) -> NumberValue.of(ctx.nowNanos()));
        r.function("time.parse_rfc3339_ns", 1, (ctx, a) -> NumberValue.of(GoTimeLayout.parse(RFC3339, Operands.string(a[0], 1))));
        r.function("time.parse_ns", 2, (ctx, a) -> {
            String layout = Operands.string(a[0], 1);
            String value = Operands.string(a[1], 2);
            return NumberValue.of(GoTimeLayout.parse(NAMED_LAYOUTS.getOrDefault(layout, layout), value));
        });
        r.function("time.parse_duration_ns", 1, (ctx, a) -> NumberValue.of(GoDuration.parse(Operands.string(a[0], 1))));
        r.function("time.format", 1, (ctx, a) -> {
            Moment m = moment(a[0]);
            String layout = m.layout() == null || m.layout().isEmpty() ? RFC3339_NANO : NAMED_LAYOUTS.getOrDefault(m.layout(), m.layout());
            return StringValue.of(GoTimeLayout.format(m.utc(), layout));
        });
        r.function("time.date", 1, (ctx, a) -> {
            LocalDateTime t = moment(a[0]).utc();
            return ints(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        });
        r.function("time.clock", 1, (ctx, a) -> {
            LocalDateTime t = moment(a[0]).utc();
            return ints(t.getHour(), t.getMinute(), t.getSecond());
        });
        r.function("time.weekday", 1, (ctx, a) ->
                StringValue.of(moment(a[0]).utc().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)));
        r.function("time.add_date", 4, (ctx, a) -> addDate(moment(a[0]).utc(),
                Operands.integer(a[1], 2), Operands.integer(a[2], 3), Operands.integer(a[3], 4)));
        r.function("time.diff", 2, (ctx, a) -> diff(moment(a[0]).utc(), moment(a[1]).utc()));
    }

    private static ArrayValue ints(int... values) {
        ArrayValue.Builder b = ArrayValue.builder(values.length);
        for (int v : values) {
            b.add(NumberValue.of(v));
        }
        return b.build();
    }

    /** {@code ns}, {@code [ns]}, {@code [ns, tz]} or {@code [ns, tz, layout]}; only UTC is supported. */
    private static Moment moment(Value v) {
        Value ns;
        String layout = null;
        if (v instanceof ArrayValue arr) {
            if (arr.isEmpty()) {
                throw Operands.typeError(1, v, "either number (ns) or [number (ns), string (tz)]");
            }
            ns = Operands.number(arr.get(0), 1);
            if (arr.size() > 1) {
                String zone = Operands.string(arr.get(1), 1);
                if (!zone.isEmpty() && !zone.equals("UTC")) {
                    throw BuiltinError.failure("time zone " + StringValue.of(zone)
                            + " is not supported: Rampart evaluates time in UTC only (use \"UTC\" or \"\")");
                }
            }
            if (arr.size() > 2) {
                layout = Operands.string(arr.get(2), 1);
            }
        } else if (v instanceof NumberValue) {
            ns = v;
        } else {
            throw Operands.typeError(1, v, "either number (ns) or [number (ns), string (tz)]");
        }
        NumberValue n = (NumberValue) ns;
        if (!n.isInteger() || !n.fitsLong()) {
            throw BuiltinError.failure("timestamp too big");
        }
        long nanos = n.longValue();
        LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(nanos, NANOS), (int) Math.floorMod(nanos, NANOS), ZoneOffset.UTC);
        return new Moment(t, layout);
    }

    /**
     * Go's {@code AddDate}: out-of-range months and days roll over (January 31 plus a month is March 2 or 3).
     *
     * <p>A result outside the nanosecond range (before 1677 or after 2262) is undefined, as in regorus, even
     * in strict mode. OPA reports {@code time outside of valid range} instead, which only strict mode can
     * tell apart: an undefined date is the honest answer to "this date plus a billion years", not a fault
     * in the policy. (docs/builtins.md lists this among Rampart's few departures from OPA.)
     */
    private static NumberValue addDate(LocalDateTime t, long years, long months, long days) {
        // Anything this far out is beyond the nanosecond range anyway; checking first avoids overflow.
        if (Math.abs(years) > 1_000_000 || Math.abs(months) > 12_000_000 || Math.abs(days) > 400_000_000) {
            return null;
        }
        long totalMonths = (long) t.getYear() * 12 + (t.getMonthValue() - 1) + years * 12L + months;
        long year = Math.floorDiv(totalMonths, 12);
        int month = Math.floorMod(totalMonths, 12) + 1;
        LocalDate date = LocalDate.of((int) year, month, 1).plusDays(t.getDayOfMonth() - 1 + days);
        LocalDateTime result = date.atTime(t.toLocalTime());
        BigInteger nanos = BigInteger.valueOf(result.toEpochSecond(ZoneOffset.UTC)).multiply(BigInteger.valueOf(NANOS))
                .add(BigInteger.valueOf(result.getNano()));
        return nanos.bitLength() > 63 ? null : NumberValue.of(nanos.longValue());
    }

    /** Years, months, days, hours, minutes and seconds between two times, whichever comes first. */
    private static ArrayValue diff(LocalDateTime a, LocalDateTime b) {
        if (a.isAfter(b)) {
            LocalDateTime swap = a;
            a = b;
            b = swap;
        }
        int year = b.getYear() - a.getYear();
        int month = b.getMonthValue() - a.getMonthValue();
        int day = b.getDayOfMonth() - a.getDayOfMonth();
        int hour = b.getHour() - a.getHour();
        int min = b.getMinute() - a.getMinute();
        int sec = b.getSecond() - a.getSecond();
        if (sec < 0) {
            sec += 60;
            min--;
        }
        if (min < 0) {
            min += 60;
            hour--;
        }
        if (hour < 0) {
            hour += 24;
            day--;
        }
        if (day < 0) {
            day += LocalDate.of(a.getYear(), a.getMonthValue(), 1).lengthOfMonth();
            month--;
        }
        if (month < 0) {
            month += 12;
            year--;
        }
        return ints(year, month, day, hour, min, sec);
    }
}
