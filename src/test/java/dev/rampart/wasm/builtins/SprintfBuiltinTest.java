package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.wasm.value.StringValue;
import org.junit.jupiter.api.Test;

class SprintfBuiltinTest {

    private static String sprintf(String format, String args) {
        return ((StringValue) call("sprintf", "\"" + format.replace("\\", "\\\\").replace("\"", "\\\"") + "\"", args)).value();
    }

    @Test
    void stringsAndIntegers() {
        assertThat(sprintf("User %s from %s has access", "[\"alice\", \"engineering\"]")).isEqualTo("User alice from engineering has access");
        assertThat(sprintf("Number: %d", "[42]")).isEqualTo("Number: 42");
        assertThat(sprintf("%s", "[123456789123456789123]")).isEqualTo("123456789123456789123");
        assertThat(sprintf("%d", "[1208925819614629174706175]")).isEqualTo("1208925819614629174706175");
        assertThat(sprintf("%v", "[-7]")).isEqualTo("-7");
    }

    @Test
    void integerBasesAndFlags() {
        assertThat(sprintf("%x %X %o %b", "[255, 255, 64, 15]")).isEqualTo("ff FF 100 1111");
        assertThat(sprintf("%#x %#o %#b %O", "[255, 8, 5, 8]")).isEqualTo("0xff 010 0b101 0o10");
        assertThat(sprintf("%5d|%-5d|%05d|%+d|% d", "[42, 42, 42, 5, 5]")).isEqualTo("   42|42   |00042|+5| 5");
        assertThat(sprintf("%x", "[-255]")).isEqualTo("-ff");
        assertThat(sprintf("%.3d", "[7]")).isEqualTo("007");
        assertThat(sprintf("%c|%U|%q", "[65, 65, 65]")).isEqualTo("A|U+0041|'A'");
    }

    @Test
    void floatsFollowGo() {
        assertThat(sprintf("%f", "[3.14]")).isEqualTo("3.140000");
        assertThat(sprintf("%.2f", "[3.14159]")).isEqualTo("3.14");
        assertThat(sprintf("hi %.2f", "[3.1415]")).isEqualTo("hi 3.14");
        assertThat(sprintf("%08.3f|%5.1f", "[-3.14159, 3.14159]")).isEqualTo("-003.142|  3.1");
        assertThat(sprintf("%e|%E", "[1234.5678, 1234.5678]")).isEqualTo("1.234568e+03|1.234568E+03");
        assertThat(sprintf("%g|%.3g", "[1234.5678, 1234.5678]")).isEqualTo("1234.5678|1.23e+03");
        assertThat(sprintf("%v|%v|%v", "[1.5, 0.0000001, 12345678.5]")).isEqualTo("1.5|1e-07|1.23456785e+07");
        assertThat(sprintf("%v", "[1.0]")).isEqualTo("1");
        assertThat(sprintf("%d", "[1.0]")).isEqualTo("%!d(float64=1)");
    }

    @Test
    void compositesPrintInRegoSyntaxThroughV() {
        assertThat(sprintf("Value: %v", "[{\"key\": \"value\"}]")).isEqualTo("Value: {\"key\": \"value\"}");
        assertThat(sprintf("%v %v %v", "[{1, 2}, set(), [null, true]]")).isEqualTo("{1, 2} set() [null, true]");
        assertThat(sprintf("%v|%s|%t", "[true, false, true]")).isEqualTo("true|false|%!t(string=true)");
        assertThat(sprintf("%d", "[{\"a\": 1}]")).isEqualTo("%!d(string={\"a\": 1})");
    }

    @Test
    void stringVerbs() {
        assertThat(sprintf("%q|%x|% x", "[\"hi\\n\", \"hi\", \"hi\"]")).isEqualTo("\"hi\\n\"|6869|68 69");
        assertThat(sprintf("%10s|%-10s|%.1s", "[\"ab\", \"ab\", \"hello\"]")).isEqualTo("        ab|ab        |h");
        assertThat(sprintf("%3s|", "[\"\u00e5\u00e4\u00f6\u00fc\"]")).isEqualTo("\u00e5\u00e4\u00f6\u00fc|");
        assertThat(sprintf("%#v|%T|%T|%T|%T", "[\"a\", \"a\", 1, 1.5, 18446744073709551616]")).isEqualTo("\"a\"|string|int|float64|*big.Int");
    }

    @Test
    void mistakesPrintGoMarkersInsteadOfFailing() {
        assertThat(sprintf("Value: %s %d", "[\"only_one\"]")).isEqualTo("Value: only_one %!d(MISSING)");
        assertThat(sprintf("%s", "[\"a\", \"b\"]")).isEqualTo("a%!(EXTRA string=b)");
        assertThat(sprintf("%d", "[\"a\"]")).isEqualTo("%!d(string=a)");
        assertThat(sprintf("%z", "[1]")).isEqualTo("%!z(int=1)");
        assertThat(sprintf("100%%", "[]")).isEqualTo("100%");
        assertThat(sprintf("%", "[]")).isEqualTo("%!(NOVERB)");
        assertThat(sprintf("%[2]s %[1]s", "[\"a\", \"b\"]")).isEqualTo("b a");
        assertThat(sprintf("%*d", "[5, 42]")).isEqualTo("   42");
    }

    @Test
    void operandsAreChecked() {
        assertTypeError("sprintf: operand 1 must be string but got number", "sprintf", "1", "[]");
        assertTypeError("sprintf: operand 2 must be array but got set", "sprintf", "\"%v\"", "{1}");
        assertCall("\"x\"", "sprintf", "\"x\"", "[]");
    }

    @Test
    void hugeWidthsAreChargedToTheBudget() {
        BuiltinContext ctx = BuiltinContext.builder().meter(new AllocationBudget(1_000_000)).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Calls.call(ctx, "sprintf", "\"%99999999d\"", "[1]"))
                .isInstanceOf(AllocationBudgetExceededException.class);
    }
}
