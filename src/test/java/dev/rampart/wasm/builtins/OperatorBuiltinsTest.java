package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertBuiltinError;
import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperatorBuiltinsTest {

    @Test
    void equalityTreatsOneAndOnePointZeroAsEqual() {
        assertCall("true", "equal", "1", "1.0");
        assertCall("false", "neq", "1", "1.00");
        assertCall("true", "equal", "{\"a\": [1, {2}]}", "{\"a\": [1.0, {2.0}]}");
        assertCall("false", "equal", "[1]", "{1}");
    }

    @Test
    void comparisonsOrderAcrossKinds() {
        assertCall("true", "lt", "null", "false");
        assertCall("true", "lt", "true", "0");
        assertCall("true", "lt", "99", "\"a\"");
        assertCall("true", "lt", "\"z\"", "[]");
        assertCall("true", "lt", "[1]", "{}");
        assertCall("true", "lt", "{\"a\": 1}", "set()");
        assertCall("true", "lte", "1", "1.0");
        assertCall("true", "gt", "1.0001", "1");
        assertCall("true", "gte", "[1, 2]", "[1, 2]");
        assertCall("false", "gt", "-1", "0");
    }

    @Test
    void integerArithmeticIsExactBeyondSixtyFourBits() {
        assertCall("18446744073709551618", "plus", "18446744073709551617", "1");
        assertCall("-18446744073709551618", "minus", "-18446744073709551617", "1");
        assertCall("36893488147419103234", "mul", "18446744073709551617", "2");
        assertCall("9223372036854775808", "plus", "9223372036854775807", "1");
        assertCall("85070591730234615847396907784232501249", "mul", "9223372036854775807", "9223372036854775807");
    }

    @Test
    void decimalArithmeticMatchesOpasSixtyFourBitFloats() {
        assertCall("0.3", "plus", "0.1", "0.2");
        assertCall("-0.5", "minus", "3.5", "4");
        assertCall("3.5", "plus", "1", "2.5");
        assertThat(call("div", "1", "3").toString()).isEqualTo("0.33333333333333333334");
        assertThat(call("div", "2", "1e18").toString()).isEqualTo("2e-18");
        assertThat(call("div", "15.3", "3").toString()).isEqualTo("5.1");
    }

    @Test
    void integralResultsPrintWithoutAFraction() {
        assertThat(call("plus", "1.5", "2.5").toString()).isEqualTo("4");
        assertThat(call("mul", "2.5", "2").toString()).isEqualTo("5");
        assertThat(call("div", "10", "4").toString()).isEqualTo("2.5");
        assertThat(call("div", "13", "4").toString()).isEqualTo("3.25");
        assertThat(call("div", "16", "2").toString()).isEqualTo("8");
    }

    @Test
    void divisionByAnyZeroFails() {
        assertBuiltinError("div: divide by zero", "div", "1", "0");
        assertBuiltinError("div: divide by zero", "div", "1.5", "0.0");
        assertBuiltinError("div: divide by zero", "div", "1", "0e5");
    }

    @Test
    void remainderIsTruncatedAndOnlyForIntegers() {
        assertCall("1", "rem", "10", "3");
        assertCall("-1", "rem", "-10", "3");
        assertCall("1", "rem", "10", "-3");
        assertCall("0", "rem", "100000000000000000e-1", "2");
        assertCall("10", "rem", "10", "18446744073709551616");
        assertCall("1", "rem", "18446744073709551617", "18446744073709551616");
        assertBuiltinError("rem: modulo by zero", "rem", "1", "0");
        assertBuiltinError("rem: modulo on floating-point number", "rem", "1.1", "1");
        assertBuiltinError("rem: modulo on floating-point number", "rem", "1", "1.1");
    }

    @Test
    void arithmeticOnNonNumbersIsATypeError() {
        assertTypeError("plus: operand 1 must be number but got string", "plus", "\"1\"", "9");
        assertTypeError("div: operand 2 must be number but got null", "div", "1", "null");
        assertTypeError("mul: operand 2 must be number but got array", "mul", "1", "[]");
    }

    @Test
    void minusOnSetsIsDifferenceAndTheFirstOperandDecidesTheSecondsType() {
        assertCall("{2}", "minus", "{1, 2, \"c\"}", "{\"c\", 1}");
        assertTypeError("minus: operand 2 must be set but got number", "minus", "{1}", "1");
        assertTypeError("minus: operand 2 must be number but got set", "minus", "1", "{1}");
        assertTypeError("minus: operand 1 must be one of {number, set} but got string", "minus", "\"a\"", "1");
    }

    @Test
    void setIntersectionAndUnionOperators() {
        assertCall("{2, 3}", "and", "{1, 2, 3}", "{2, 3, 4}");
        assertCall("{1, 2, 3, 4}", "or", "{1, 2, 3}", "{2, 3, 4}");
        assertTypeError("and: operand 2 must be set but got array", "and", "{1}", "[1]");
        assertTypeError("or: operand 1 must be set but got object", "or", "{}", "{1}");
    }

    @Test
    void intersectionAndUnionOfSetsOfSets() {
        assertCall("set()", "intersection", "{set(), {1, 2}}");
        assertCall("{\"d\"}", "intersection", "{{\"a\", \"b\", \"c\", \"d\"}, {\"b\", \"c\", \"d\"}, {\"c\", \"d\"}, {\"d\"}}");
        assertCall("set()", "intersection", "set()");
        assertCall("{1, 2, 3}", "union", "{{1}, {2, 3}, set()}");
        assertTypeError("union: operand 1 must be set of sets but got set containing number", "union", "{1}");
        assertTypeError("intersection: operand 1 must be set but got array", "intersection", "[{1}]");
    }

    @Test
    void membershipLooksAtSetMembersArrayElementsAndObjectValues() {
        assertCall("true", "internal.member_2", "2", "[1, 2]");
        assertCall("true", "internal.member_2", "2.0", "{2}");
        assertCall("true", "internal.member_2", "\"v\"", "{\"k\": \"v\"}");
        assertCall("false", "internal.member_2", "\"k\"", "{\"k\": \"v\"}");
        assertCall("false", "internal.member_2", "\"a\"", "\"abc\"");
    }

    @Test
    void membershipWithKeyChecksKeyAndValue() {
        assertCall("true", "internal.member_3", "1", "\"b\"", "[\"a\", \"b\"]");
        assertCall("false", "internal.member_3", "1.0", "\"b\"", "[\"a\", \"b\"]");
        assertCall("true", "internal.member_3", "\"k\"", "\"v\"", "{\"k\": \"v\"}");
        assertCall("true", "internal.member_3", "1", "1", "{1}");
        assertCall("false", "internal.member_3", "1", "2", "{1}");
        assertCall("false", "internal.member_3", "0", "\"a\"", "\"abc\"");
    }
}
