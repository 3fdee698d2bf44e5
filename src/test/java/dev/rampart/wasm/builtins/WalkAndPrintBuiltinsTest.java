package dev.rampart.wasm.builtins;

import static dev.rampart.wasm.builtins.Calls.assertBuiltinError;
import static dev.rampart.wasm.builtins.Calls.assertCall;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.wasm.value.Terms;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkAndPrintBuiltinsTest {

    @Test
    void walkVisitsTheRootThenEveryNodeDepthFirst() {
        assertThat(Calls.relation("walk", "{\"b\": [true], \"a\": {1}}")).containsExactly(
                Terms.parse("[[], {\"a\": {1}, \"b\": [true]}]"),
                Terms.parse("[[\"a\"], {1}]"),
                Terms.parse("[[\"a\", 1], 1]"),
                Terms.parse("[[\"b\"], [true]]"),
                Terms.parse("[[\"b\", 0], true]"));
        assertThat(Calls.relation("walk", "7")).containsExactly(Terms.parse("[[], 7]"));
    }

    @Test
    void walkIsChargedToTheBudget() {
        BuiltinContext ctx = BuiltinContext.builder().meter(new AllocationBudget(200)).build();
        RelationBuiltin walk = (RelationBuiltin) Builtins.lookup("walk").orElseThrow();
        assertThatThrownBy(() -> walk.call(ctx, Terms.parse("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]")))
                .isInstanceOf(AllocationBudgetExceededException.class);
    }

    @Test
    void printWritesOneLinePerCombinationToTheSink() {
        CollectingPrintSink sink = new CollectingPrintSink();
        BuiltinContext ctx = BuiltinContext.builder().printSink(sink).build();
        assertThat(Calls.call(ctx, "internal.print", "[{\"Hello\"}, {[\"Hello\"]}, {[{1: 2}, {1, 2}]}]")).isEqualTo(Terms.parse("true"));
        Calls.call(ctx, "internal.print", "[set(), {1, 2}]");
        Calls.call(ctx, "internal.print", "[{\"hello\\nworld\", null, 1.1, set()}]");
        assertThat(sink.lines()).containsExactly(
                "Hello [\"Hello\"] [{1: 2}, {1, 2}]",
                "<undefined> 1",
                "<undefined> 2",
                "null",
                "1.1",
                "hello\nworld",
                "set()");
    }

    @Test
    void printNeedsSetsOfValues() {
        assertBuiltinError("internal.print: illegal argument type: number", "internal.print", "[1]");
        assertThat(PrintBuiltins.lines((dev.rampart.wasm.value.ArrayValue) Terms.parse("[]"))).isEqualTo(List.of(""));
    }

    @Test
    void traceIsAcceptedAndTrue() {
        assertCall("true", "trace", "\"note\"");
    }
}
