package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertBuiltinError;
import static dev.rampart.wasm.builtins.Calls.assertCall;
import static dev.rampart.wasm.builtins.Calls.assertTypeError;
import static dev.rampart.wasm.builtins.Calls.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.Value;
import org.junit.jupiter.api.Test;

class NumberBuiltinsTest {

    @Test
    void absOfIntegersAndDecimals() {
        assertCall("9", "abs", "-9");
        assertCall("9.1", "abs", "-9.1");
        assertCall("123456789012345678901234567890", "abs", "-123456789012345678901234567890");
        assertTypeError("abs: operand 1 must be number but got string", "abs", "\"-9\"");
    }

    @Test
    void roundGoesHalfAwayFromZero() {
        String[][] cases = {{"-9.4", "-9"}, {"-9.5", "-10"}, {"-9.6", "-10"}, {"9.4", "9"}, {"9.5", "10"},
            {"9.6", "10"}, {"8", "8"}, {"-8", "-8"}, {"2.5", "3"}, {"-2.5", "-3"}};
        for (String[] c : cases) {
            assertCall(c[1], "round", c[0]);
        }
        assertThat(call("round", "1.0").toString()).isEqualTo("1");
    }

    @Test
    void ceilAndFloorRoundTowardPositiveAndNegativeInfinity() {
        assertCall("10", "ceil", "9.1");
        assertCall("-9", "ceil", "-9.1");
        assertCall("0", "ceil", "-0.5");
        assertCall("1", "floor", "1.5");
        assertCall("99", "floor", "99.99999");
        assertCall("-2", "floor", "-1.001");
        assertCall("-1", "floor", "-0.5");
        assertCall("7", "floor", "7");
        assertTypeError("ceil: operand 1 must be number but got string", "ceil", "\"-9\"");
    }

    @Test
    void rangeCountsUpOrDownInclusive() {
        assertCall("[1, 2, 3, 4, 5]", "numbers.range", "1", "5");
        assertCall("[5, 4, 3, 2, 1]", "numbers.range", "5", "1");
        assertCall("[-1, -2, -3]", "numbers.range", "-1", "-3");
        assertCall("[8]", "numbers.range", "8", "8");
        assertCall("[1, 2]", "numbers.range", "1.0", "2");
        assertCall("[18446744073709551616, 18446744073709551617]", "numbers.range", "18446744073709551616", "18446744073709551617");
    }

    @Test
    void rangeRejectsNonIntegers() {
        assertTypeError("numbers.range: operand 1 must be integer number but got floating-point number", "numbers.range", "1.01", "5");
        assertTypeError("numbers.range: operand 2 must be integer but got string", "numbers.range", "1", "\"2\"");
    }

    @Test
    void rangeStepSkipsAndNeedsAPositiveStep() {
        assertCall("[0, 3, 6, 9]", "numbers.range_step", "0", "10", "3");
        assertCall("[10, 7, 4, 1]", "numbers.range_step", "10", "0", "3");
        assertBuiltinError("numbers.range_step: step must be a positive integer", "numbers.range_step", "0", "10", "0");
    }

    @Test
    void rangeIsChargedToTheAllocationBudget() {
        BuiltinContext ctx = BuiltinContext.builder().meter(new AllocationBudget(10_000)).build();
        assertThatThrownBy(() -> Calls.function("numbers.range").call(ctx, NumberValue.of(1), NumberValue.of(1_000_000)))
                .isInstanceOf(AllocationBudgetExceededException.class)
                .hasMessageContaining("allocation budget of 10000 bytes");
        assertBuiltinError("numbers.range: range of 1000000000001 numbers is too large", "numbers.range", "0", "1000000000000");
    }

    @Test
    void randIntnIsStablePerSeedNameWithinAnEvaluation() {
        BuiltinContext ctx = Calls.context();
        Value x = Calls.call(ctx, "rand.intn", "\"x\"", "50000");
        assertThat(Calls.call(ctx, "rand.intn", "\"x\"", "50000")).isEqualTo(x);
        assertThat(((NumberValue) x).longValue()).isBetween(0L, 49999L);
        assertThat(Calls.call(ctx, "rand.intn", "\"x\"", "-50000")).isEqualTo(x);
        assertCall("0", "rand.intn", "\"b\"", "0");
        assertTypeError("rand.intn: operand 2 must be integer number but got floating-point number", "rand.intn", "\"a\"", "10.3");
        assertTypeError("rand.intn: operand 1 must be string but got number", "rand.intn", "1", "2");
    }

    @Test
    void randIntnDiffersBetweenSeedNames() {
        BuiltinContext ctx = Calls.context();
        long distinct = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> Calls.call(ctx, "rand.intn", "\"k" + i + "\"", "1000000000")).distinct().count();
        assertThat(distinct).isGreaterThan(15);
    }

    @Test
    void largeRangeUsesTheFastPathResult() {
        ArrayValue r = (ArrayValue) call("numbers.range", "0", "9999");
        assertThat(r.size()).isEqualTo(10000);
        assertThat(r.get(9999)).isEqualTo(NumberValue.of(9999));
    }
}
