package dev.rampart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void commandLineDurationsReadAndPrintBack() {
        assertThat(Durations.parse("500ms", "--t")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse(" 30S ", "--t")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("2m", "--t")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("24h", "--t")).isEqualTo(Duration.ofHours(24));
        assertThat(Durations.format(Duration.ofMillis(1500))).isEqualTo("1500ms");
        assertThat(Durations.format(Duration.ofSeconds(10))).isEqualTo("10s");
        assertThat(Durations.format(Duration.ofMinutes(120))).isEqualTo("2h");
    }

    @Test
    void nonsenseZeroAndHugeValuesAreRefusedNamingTheOption() {
        assertThatThrownBy(() -> Durations.parse("soon", "--timeout")).hasMessageContaining("--timeout: \"soon\" is not a duration");
        assertThatThrownBy(() -> Durations.parse("0s", "--timeout")).hasMessageContaining("must be longer than zero");
        assertThatThrownBy(() -> Durations.parse("25h", "--timeout")).hasMessageContaining("is more than the 24h allowed");
        assertThatThrownBy(() -> Durations.parse("100000000000s", "--timeout")).hasMessageContaining("is more than the 24h allowed");
        assertThatThrownBy(() -> Durations.parse("99999999999999999999999m", "--timeout")).hasMessageContaining("is more than");
    }
}
