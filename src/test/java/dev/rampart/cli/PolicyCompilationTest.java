package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.rego.Location;
import dev.rampart.wasm.Entrypoint;
import dev.rampart.wasm.PolicyEvaluationException;
import org.junit.jupiter.api.Test;

class PolicyCompilationTest {

    @Test
    void entrypointsAreNamedByPathOrByOpaName() {
        assertThat(PolicyCompilation.entrypoint("data.a.b")).isEqualTo(new Entrypoint.Document("a/b", "data.a.b"));
        assertThat(PolicyCompilation.entrypoint("a/b")).isEqualTo(new Entrypoint.Document("a/b", "data.a.b"));
        assertThat(PolicyCompilation.entrypoint("/a/b")).isEqualTo(new Entrypoint.Document("a/b", "data.a.b"));
        assertThat(PolicyCompilation.entrypoint("a")).isEqualTo(new Entrypoint.Document("a", "data.a"));
    }

    @Test
    void evaluationErrorsPrintAsFileLineColumnCodeMessage() {
        var e = new PolicyEvaluationException(PolicyEvaluationException.Code.CONFLICT, "eval",
                new Location("p.rego", 3, 1), "complete rules must not produce multiple outputs", null);
        assertThat(PolicyCompilation.format(e))
                .isEqualTo("p.rego:3:1: eval_conflict_error: complete rules must not produce multiple outputs");
    }

    @Test
    void evaluationErrorsWithoutALocationPrintCodeAndMessage() {
        var e = new PolicyEvaluationException(PolicyEvaluationException.Code.TIMEOUT, null, null, "too slow", null);
        assertThat(PolicyCompilation.format(e)).isEqualTo("rampart_timeout_error: too slow (a larger --timeout allows more)");
    }

    @Test
    void testTimesPrintAsGoDurations() {
        assertThat(TestCommand.duration(java.time.Duration.ofNanos(850_000))).isEqualTo("850µs");
        assertThat(TestCommand.duration(java.time.Duration.ofNanos(1_250_000))).isEqualTo("1.3ms");
        assertThat(TestCommand.duration(java.time.Duration.ofMillis(2310))).isEqualTo("2.31s");
    }
}
