package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;

import org.junit.jupiter.api.Test;

class ArrayBuiltinsTest {

    @Test
    void concatJoinsTwoArrays() {
        assertCall("[1, 2, 3, 4]", "array.concat", "[1, 2]", "[3, 4]");
        assertCall("[1]", "array.concat", "[]", "[1]");
        assertCall("[]", "array.concat", "[]", "[]");
    }

    @Test
    void concatNeedsArrays() {
        assertTypeError("array.concat: operand 1 must be array but got object", "array.concat", "{}", "[2]");
        assertTypeError("array.concat: operand 2 must be array but got object", "array.concat", "[]", "{\"a\": 1}");
    }

    @Test
    void sliceClampsItsBounds() {
        assertCall("[1, 2]", "array.slice", "[1, 2, 3]", "0", "2");
        assertCall("[1, 2, 3]", "array.slice", "[1, 2, 3]", "-5", "5");
        assertCall("[]", "array.slice", "[1, 2, 3]", "5", "5");
        assertCall("[]", "array.slice", "[1, 2, 3]", "2", "1");
        assertCall("[]", "array.slice", "[]", "-5", "1");
    }

    @Test
    void sliceNeedsIntegerIndexesWrittenAsIntegers() {
        assertTypeError("array.slice: operand 2 must be integer number but got floating-point number", "array.slice", "[5]", "1.1", "2");
        assertTypeError("array.slice: operand 3 must be integer number but got floating-point number", "array.slice", "[5]", "0", "1.0");
        assertTypeError("array.slice: operand 2 must be number but got string", "array.slice", "[2]", "\"1\"", "2");
        assertTypeError("array.slice: operand 1 must be array but got number", "array.slice", "1", "2", "3");
    }

    @Test
    void reverseReversesTheElements() {
        assertCall("[3, 2, 1]", "array.reverse", "[1, 2, 3]");
        assertCall("[]", "array.reverse", "[]");
        assertTypeError("array.reverse: operand 1 must be array but got number", "array.reverse", "1");
    }

    @Test
    void flattenRemovesOneLevelOfNesting() {
        assertCall("[1, 2, 3, 4, 5]", "array.flatten", "[[1, 2], [3, 4], [5]]");
        assertCall("[[1], [2, 3, []], [4, 5]]", "array.flatten", "[[[1], [2, 3, []]], [[4, 5]]]");
        assertCall("[1, 2, \"string\", 3, {\"a\": \"b\"}, 4.5, 6, [7, 8]]", "array.flatten",
                "[[1, 2], \"string\", [3, {\"a\": \"b\"}], 4.5, [6, [7, 8]]]");
        assertTypeError("array.flatten: operand 1 must be array but got number", "array.flatten", "42");
    }
}
