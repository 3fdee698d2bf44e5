package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertBuiltinError;
import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.assertUndefined;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.wasm.value.NumberValue;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeBuiltinsTest {
    private static final String NS = "1703444325734390000"; // 2023-12-24T18:58:45.73439Z, a Sunday

    @Test
    void nowIsTheEvaluationsClockReadingAndDoesNotMove() {
        BuiltinContext ctx = BuiltinContext.builder().clock(Clock.fixed(Instant.parse("2009-11-10T23:00:00Z"), ZoneOffset.UTC)).build();
        assertThat(Calls.call(ctx, "time.now_ns")).isEqualTo(NumberValue.of(1257894000000000000L));
        assertThat(Calls.call(ctx, "time.now_ns")).isEqualTo(Calls.call(ctx, "time.now_ns"));
        assertThat(((NumberValue) Calls.call(BuiltinContext.standard(), "time.now_ns")).longValue()).isGreaterThan(1257894000000000000L);
    }

    @Test
    void dateClockAndWeekdayInUtc() {
        assertCall("[2023, 12, 24]", "time.date", NS);
        assertCall("[18, 58, 45]", "time.clock", "[" + NS + ", \"UTC\"]");
        assertCall("\"Sunday\"", "time.weekday", "[" + NS + ", \"\"]");
        assertCall("[2009, 11, 10]", "time.date", "[1257894000000000000, \"UTC\"]");
        assertCall("[1969, 12, 31]", "time.date", "-1");
    }

    @Test
    void timeZonesOtherThanUtcAreRefusedClearly() {
        assertBuiltinError("time.clock: time zone \"CET\" is not supported: Rampart evaluates time in UTC only (use \"UTC\" or \"\")",
                "time.clock", "[" + NS + ", \"CET\"]");
        assertBuiltinError("time.date: time zone \"Local\" is not supported: Rampart evaluates time in UTC only (use \"UTC\" or \"\")",
                "time.date", "[" + NS + ", \"Local\"]");
    }

    @Test
    void timeOperandsAreChecked() {
        assertTypeError("time.date: operand 1 must be either number (ns) or [number (ns), string (tz)] but got string", "time.date", "\"" + NS + "\"");
        assertBuiltinError("time.date: timestamp too big", "time.date", "1e30");
        assertBuiltinError("time.date: timestamp too big", "time.date", "1.5");
    }

    @Test
    void addDateRollsOverLikeGo() {
        assertCall("1735066725734390000", "time.add_date", NS, "1", "0", "0");
        assertCall("-190011674265610000", "time.add_date", NS, "-60", "0", "0");
        assertCall("1742842725734390000", "time.add_date", NS, "0", "15", "0");
        assertCall("1653418725734390000", "time.add_date", NS, "0", "-19", "0");
        assertCall("1706641125734390000", "time.add_date", NS, "0", "0", "37");
        assertCall("2062436325734390000", "time.add_date", NS, "10", "14", "75");
        assertCall("-5002923674265610000", "time.add_date", NS, "-213", "6", "-5");
        // January 31 plus one month is "February 31", which Go rolls over to March 3 in 2023.
        assertCall("[2023, 3, 3]", "time.date", String.valueOf(Calls.call("time.add_date", "1675123200000000000", "0", "1", "0")));
    }

    @Test
    void addDateOutsideTheNanosecondRangeIsUndefined() {
        assertUndefined("time.add_date", NS, "2147483647", "0", "0");
        assertUndefined("time.add_date", NS, "300", "0", "0");
        assertUndefined("time.add_date", NS, "-400", "0", "0");
        assertCall("9214041600000000000", "time.add_date", "1703462400000000000", "238", "0", "0"); // 2261-12-25
    }

    @Test
    void diffCountsCalendarUnits() {
        assertCall("[14, 1, 13, 19, 58, 45]", "time.diff", NS, "1257894000000000000");
        assertCall("[14, 1, 13, 19, 58, 45]", "time.diff", "1257894000000000000", NS);
        assertCall("[0, 0, 28, 0, 0, 0]", "time.diff",
                String.valueOf(Calls.call("time.parse_ns", "\"2006-01-02\"", "\"2020-02-02\"")),
                String.valueOf(Calls.call("time.parse_ns", "\"2006-01-02\"", "\"2020-03-01\"")));
    }

    @Test
    void formatUsesGoLayouts() {
        assertCall("\"2023-12-24T18:58:45.73439Z\"", "time.format", NS);
        assertCall("\"2009-11-10T23:00:00Z\"", "time.format", "1257894000000000000");
        assertCall("\"2023-12-24T18:58:45\"", "time.format", "[" + NS + ", \"UTC\", \"2006-01-02T15:04:05\"]");
        assertCall("\"10/11/2009 23:00\"", "time.format", "[1257894000000000000, \"\", \"02/01/2006 15:04\"]");
        assertCall("\"Sun Dec 24 18:58:45 2023\"", "time.format", "[" + NS + ", \"UTC\", \"ANSIC\"]");
        assertCall("\"Sunday, 24-Dec-23 06:58:45 PM UTC .734\"", "time.format",
                "[" + NS + ", \"UTC\", \"Monday, 02-Jan-06 03:04:05 PM MST .000\"]");
        assertTypeError("time.format: operand 1 must be string but got number", "time.format", "[" + NS + ", \"UTC\", 42]");
    }

    @Test
    void parseUsesGoLayouts() {
        assertCall("1462907202000000000", "time.parse_ns", "\"2006-01-02T15:04:05\"", "\"2016-05-10T19:06:42\"");
        assertCall("1441497364000000000", "time.parse_ns", "\"2006-01-02 15:04:05\"", "\"2015-09-05 23:56:04\"");
        assertCall(NS, "time.parse_ns", "\"2006-01-02T15:04:05.999999999\"", "\"2023-12-24T18:58:45.73439\"");
        assertCall("1257894000000000000", "time.parse_ns", "\"RFC1123Z\"", "\"Tue, 10 Nov 2009 23:00:00 +0000\"");
        assertCall("1257897600000000000", "time.parse_ns", "\"Jan _2 06 3PM -07\"", "\"Nov 10 09 5PM -07\"");
    }

    @Test
    void parseErrorsQuoteGo() {
        assertBuiltinError("time.parse_ns: parsing time \"2016-13-10\": month out of range", "time.parse_ns", "\"2006-01-02\"", "\"2016-13-10\"");
        assertBuiltinError("time.parse_ns: parsing time \"16-05-10\" as \"2006-01-02\": cannot parse \"16-05-10\" as \"2006\"",
                "time.parse_ns", "\"2006-01-02\"", "\"16-05-10\"");
        assertBuiltinError("time.parse_ns: parsing time \"2016-02-30\": day out of range", "time.parse_ns", "\"2006-01-02\"", "\"2016-02-30\"");
        assertBuiltinError("time.parse_ns: parsing time \"2016-02-03x\": extra text: \"x\"", "time.parse_ns", "\"2006-01-02\"", "\"2016-02-03x\"");
        assertTypeError("time.parse_ns: operand 2 must be string but got number", "time.parse_ns", "\"2006\"", NS);
    }

    @Test
    void parseRfc3339AcceptsFractionsAndOffsets() {
        assertCall("482196050520000000", "time.parse_rfc3339_ns", "\"1985-04-12T23:20:50.52Z\"");
        assertCall("851042397000000000", "time.parse_rfc3339_ns", "\"1996-12-19T16:39:57-08:00\"");
        assertTypeError("time.parse_rfc3339_ns: operand 1 must be string but got number", "time.parse_rfc3339_ns", "482196050520000000");
    }

    @Test
    void parseDurationSumsUnits() {
        assertCall("3600000000000", "time.parse_duration_ns", "\"1h\"");
        assertCall("3973320015001", "time.parse_duration_ns", "\"1h6m13.3s20ms15\u00b5s1ns\"");
        assertCall("4320020215056", "time.parse_duration_ns", "\"1.2h20.2ms15\u00b5s56ns\"");
        assertCall("15000001", "time.parse_duration_ns", "\"15.000001ms\"");
        assertCall("-1500000000", "time.parse_duration_ns", "\"-1.5s\"");
        assertCall("0", "time.parse_duration_ns", "\"0\"");
        assertBuiltinError("time.parse_duration_ns: time: unknown unit \"d\" in duration \"1d\"", "time.parse_duration_ns", "\"1d\"");
        assertBuiltinError("time.parse_duration_ns: time: missing unit in duration \"1\"", "time.parse_duration_ns", "\"1\"");
        assertBuiltinError("time.parse_duration_ns: time: invalid duration \"h\"", "time.parse_duration_ns", "\"h\"");
    }
}
