package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Rego unit tests beside every built-in policy run in the Maven build, through {@code rampart test}. */
class BuiltinPolicyTestsTest {

    @Test
    void everyBuiltinPolicyTestPasses() {
        CliRun.Result r = CliRun.rampart("test", "policies");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).containsPattern("PASS: (\\d+)/\\1");
        assertThat(r.out()).doesNotContain("FAIL", "ERROR");
    }
}
