package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RampartCliTest {

    private record Run(int exitCode, String out, String err) {}

    private static Run rampart(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rampart.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionNamesTheBuiltVersion() {
        Run run = rampart("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("rampart ").doesNotContain("${project.version}").doesNotContain("unknown");
    }

    @Test
    void helpListsTheExitCodes() {
        Run run = rampart("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:").contains("3").contains("incomplete");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCodeTwo() {
        Run run = rampart("--no-such-option");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--no-such-option");
    }
}
