package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.assertUndefined;
import static dev.rampart.wasm.builtins.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AggregateBuiltinsTest {

    @Test
    void countCountsElementsEntriesMembersAndCodePoints() {
        assertCall("3", "count", "[1, 2, 3]");
        assertCall("2", "count", "{\"a\": 1, \"b\": 2}");
        assertCall("1", "count", "{1, 1.0}");
        assertCall("0", "count", "\"\"");
        assertCall("5", "count", "\"v\u00e5ren\"");
        assertCall("1", "count", "\"\uD83D\uDE00\"");
    }

    @Test
    void countOfOtherKindsIsATypeError() {
        assertTypeError("count: operand 1 must be one of {array, object, set, string} but got null", "count", "null");
        assertTypeError("count: operand 1 must be one of {array, object, set, string} but got number", "count", "5");
    }

    @Test
    void sumAndProductAreExactOnIntegers() {
        assertCall("4", "sum", "[-1, 3, 2]");
        assertCall("0", "sum", "[]");
        assertCall("6", "sum", "{3, 2, 1}");
        assertCall("18446744073709551618", "sum", "[18446744073709551617, 1]");
        assertCall("9223372036854775808", "sum", "[9223372036854775807, 1]");
        assertCall("-9223372036854775809", "sum", "[-9223372036854775808, -1]");
        assertCall("-6", "product", "[-1, 3, 2]");
        assertCall("1", "product", "[]");
        assertCall("36893488147419103234", "product", "[18446744073709551617, 2]");
    }

    @Test
    void sumAndProductOfDecimals() {
        assertThat(call("sum", "[1.5, 2.5]").toString()).isEqualTo("4");
        assertThat(call("sum", "[1, 2.5]").toString()).isEqualTo("3.5");
        assertThat(call("sum", "[0.1, 0.2]").toString()).isEqualTo("0.3");
        assertThat(call("product", "[1.5, 2]").toString()).isEqualTo("3");
    }

    @Test
    void sumOfNonNumbersNamesTheElement() {
        assertTypeError("sum: operand 1 must be array of numbers but got array containing string", "sum", "[1, \"a\"]");
        assertTypeError("product: operand 1 must be set of numbers but got set containing null", "product", "{null, 1.5}");
        assertTypeError("sum: operand 1 must be one of {set, array} but got object", "sum", "{}");
    }

    @Test
    void maxAndMinUseOpasOrderAndAreUndefinedWhenEmpty() {
        assertCall("3", "max", "[-1, 3, 2]");
        assertCall("-1", "min", "{1, 2, -1}");
        assertCall("3.5", "max", "[3, 3.5, 3.25, 3.4999]");
        assertCall("2.7499", "min", "[3, 3.5, 2.75, 2.7499]");
        assertCall("\"a\"", "max", "[1, \"a\", null]");
        assertUndefined("max", "[]");
        assertUndefined("min", "set()");
        assertTypeError("max: operand 1 must be one of {set, array} but got string", "max", "\"abc\"");
    }

    @Test
    void sortOrdersArraysAndSetsIntoArrays() {
        assertCall("[-1, -1, 1, 2]", "sort", "[1, -1, 2, -1]");
        assertCall("[1, 2, 3]", "sort", "{3, 2, 1}");
        assertCall("[-2.5, 0.5, 1, 3, 3.25, 3.5, 3.5]", "sort", "[3.5, 3, 3.25, -2.5, 3.50, 1e0, 0.5]");
        assertCall("[null, false, 1, \"a\", [], {}, set()]", "sort", "[set(), {}, [], \"a\", 1, false, null]");
        assertTypeError("sort: operand 1 must be one of {set, array} but got null", "sort", "null");
    }

    @Test
    void anyAndAllLookForTrue() {
        assertCall("true", "any", "[false, true]");
        assertCall("false", "any", "set()");
        assertCall("true", "all", "[]");
        assertCall("false", "all", "{true, 1}");
        assertTypeError("all: operand 1 must be one of {array, set} but got string", "all", "\"x\"");
    }
}
