package dev.rampart.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.wasm.value.Values;
import org.junit.jupiter.api.Test;

class SnapshotInputTest {

    @Test
    void theInputIsTheSnapshotDocumentExactlyAsItsJsonReads() {
        Snapshot example = EngineFixtures.example();

        SnapshotInput input = SnapshotInput.of(example);

        assertThat(input.value()).isEqualTo(Values.fromJson(SnapshotWriter.toJson(example)));
        assertThat(Values.toJson(input.value())).isEqualTo(Values.toJson(Values.fromJson(SnapshotWriter.toJson(example))));
        assertThat(input.kinds()).containsKey("listeners");
    }
}
