package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.collect.CollectionProgress;
import org.junit.jupiter.api.Test;

class ProgressLineTest {
    @Test
    void stderrRedirectedToAFileIsNotATerminal() {
        // Surefire runs the tests with stderr going to a pipe or file, never a terminal.
        assertThat(Terminal.stderrIsTerminal()).isFalse();
    }

    @Test
    void showsTasksCallsResourcesAndErrorsWithThousandsSeparators() {
        assertThat(ProgressLine.render(new CollectionProgress.Counts(1300, 45, 12345, 12400, 2048, 2)))
                .isEqualTo("collecting: 45/1,300 API tasks · 12,345 calls · 2,048 resources · 2 errors");
    }
}
