package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertBuiltinError;
import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeAndConversionBuiltinsTest {

    @Test
    void typePredicatesAreFalseNotUndefinedForOtherKinds() {
        assertCall("true", "is_string", "\"Hello\"");
        assertCall("false", "is_set", "[1, 2, 3]");
        assertCall("false", "is_null", "true");
        assertCall("true", "is_null", "null");
        assertCall("true", "is_number", "0");
        assertCall("true", "is_boolean", "false");
        assertCall("true", "is_array", "[]");
        assertCall("true", "is_object", "{}");
        assertCall("true", "is_set", "set()");
    }

    @Test
    void typeNameNamesEachKind() {
        String[] values = {"[]", "true", "null", "0", "{}", "set()", "\"abc\""};
        String[] names = {"array", "boolean", "null", "number", "object", "set", "string"};
        for (int i = 0; i < values.length; i++) {
            assertCall("\"" + names[i] + "\"", "type_name", values[i]);
        }
    }

    @Test
    void toNumberConvertsNullBooleansAndNumericStrings() {
        assertCall("0", "to_number", "null");
        assertCall("1", "to_number", "true");
        assertCall("0", "to_number", "false");
        assertCall("-1.5", "to_number", "\"-1.5\"");
        assertCall("1000", "to_number", "\"1e3\"");
        assertCall("1.5", "to_number", "\"+1.5\"");
        assertCall("12345678901234567890", "to_number", "\"12345678901234567890\"");
        assertThat(call("to_number", "\"+1.5\"").toString()).isEqualTo("1.5");
    }

    @Test
    void toNumberRejectsTextThatIsNotADecimalNumber() {
        assertBuiltinError("to_number: strconv.ParseFloat: parsing \"abc\": invalid syntax", "to_number", "\"abc\"");
        assertBuiltinError("to_number: strconv.ParseFloat: parsing \"1e400\": value out of range", "to_number", "\"1e400\"");
        assertTypeError("to_number: operand 1 must be valid number string but got string", "to_number", "\"-Inf\"");
        assertTypeError("to_number: operand 1 must be one of {null, boolean, number, string} but got array", "to_number", "[]");
    }

    @Test
    void castsConvertBetweenArraysAndSetsAndCheckOtherKinds() {
        assertCall("[1, 2]", "cast_array", "{2, 1}");
        assertCall("[2, 1]", "cast_array", "[2, 1]");
        assertCall("{1, 2}", "cast_set", "[2, 1, 2]");
        assertCall("\"a\"", "cast_string", "\"a\"");
        assertCall("true", "cast_boolean", "true");
        assertCall("null", "cast_null", "null");
        assertCall("{}", "cast_object", "{}");
        assertTypeError("cast_array: operand 1 must be one of {array, set} but got string", "cast_array", "\"a\"");
        assertTypeError("cast_string: operand 1 must be string but got number", "cast_string", "1");
    }
}
