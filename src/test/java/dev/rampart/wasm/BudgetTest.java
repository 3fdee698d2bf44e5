package dev.rampart.wasm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.value.Values;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runaway and exploding policies stop at their budget, with an error naming the policy; the program stays usable. */
class BudgetTest {
    private static final String POLICY = """
            package runaway
            # a product of four ranges: 10^12 tuples, far more than any budget allows
            explode := {[a, b, c, d] | some a in numbers.range(1, 1000000); some b in numbers.range(1, 1000000)
                some c in numbers.range(1, 1000000); some d in numbers.range(1, 1000000)}
            # iterates for a very long time while building almost nothing
            spin := n if { n := count([1 | some a in numbers.range(1, 3000); some b in numbers.range(1, 3000)
                some c in numbers.range(1, 3000); a > b; b > c; c > a]) }
            fine := 42
            """;

    private static RampartProgram program() {
        var cr = RegoCompiler.compile(List.of(new RegoSource("runaway.rego", POLICY)), CompileOptions.DEFAULT);
        assertThat(cr.errors()).isEmpty();
        return RegoWasm.compile(cr.policy(), List.of(Entrypoint.Document.of("data.runaway.explode"),
                Entrypoint.Document.of("data.runaway.spin"), Entrypoint.Document.of("data.runaway.fine")));
    }

    @Test
    void anExplodingPolicyStopsAtItsAllocationBudget() {
        RampartProgram p = program();
        EvalOptions small = EvalOptions.DEFAULT.withAllocationBytes(16L << 20).withTimeout(Duration.ofMinutes(1));
        assertThatThrownBy(() -> p.evaluate("runaway/explode", null, Values.object(), small))
                .isInstanceOfSatisfying(PolicyEvaluationException.class, e -> {
                    assertThat(e.code()).isEqualTo(PolicyEvaluationException.Code.BUDGET);
                    assertThat(e.getMessage()).contains("runaway/explode").contains("allocation budget");
                });
        assertThat(p.evaluate("runaway/fine", null, Values.object(), small)).isEqualTo(Values.number(42));
    }

    @Test
    void aRunawayPolicyStopsAtItsDeadline() {
        RampartProgram p = program();
        EvalOptions quick = EvalOptions.DEFAULT.withTimeout(Duration.ofMillis(200));
        long start = System.nanoTime();
        assertThatThrownBy(() -> p.evaluate("runaway/spin", null, Values.object(), quick))
                .isInstanceOfSatisfying(PolicyEvaluationException.class, e -> {
                    assertThat(e.code()).isEqualTo(PolicyEvaluationException.Code.TIMEOUT);
                    assertThat(e.getMessage()).contains("runaway/spin").contains("time budget");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(p.evaluate("runaway/fine", null, Values.object(), quick)).isEqualTo(Values.number(42));
    }
}
