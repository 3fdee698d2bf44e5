package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertBuiltinError;
import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;

import org.junit.jupiter.api.Test;

class BitsBuiltinsTest {

    @Test
    void andOrXor() {
        assertCall("0", "bits.and", "1", "0");
        assertCall("1", "bits.or", "1", "0");
        assertCall("0", "bits.xor", "1", "1");
        assertCall("18446744073709551616", "bits.or", "18446744073709551616", "0");
    }

    @Test
    void negateIsTwosComplement() {
        assertCall("-2", "bits.negate", "1");
        assertCall("-10", "bits.negate", "9");
        assertCall("49", "bits.negate", "-50");
    }

    @Test
    void shifts() {
        assertCall("36", "bits.lsh", "9", "2");
        assertCall("2", "bits.rsh", "9", "2");
        assertCall("-1", "bits.rsh", "-5", "100");
        assertCall("36893488147419103232", "bits.lsh", "1", "65");
        assertTypeError("bits.lsh: operand 2 must be an unsigned integer number but got a negative integer", "bits.lsh", "1", "-1");
        assertBuiltinError("bits.lsh: shifting by 100000000 bits makes a number too large", "bits.lsh", "1", "100000000");
    }

    @Test
    void operandsMustBeIntegers() {
        assertTypeError("bits.and: operand 2 must be integer but got string", "bits.and", "1", "\"str\"");
        assertTypeError("bits.or: operand 1 must be integer number but got floating-point number", "bits.or", "1.5", "1");
    }
}
