package dev.rampart.collect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a snapshot with a golden file under {@code src/test/resources/aws/} (checked by eye when written),
 * ignoring when and by which version it was written. Run with {@code -Drampart.golden.update=true} to rewrite
 * the files after an intended change, then review the diff.
 */
final class Golden {
    private Golden() {}

    static String normalized(Snapshot snapshot) {
        return SnapshotWriter.toJson(snapshot)
                .replaceFirst("\"generated_at\": \"[^\"]*\"", "\"generated_at\": \"(when)\"")
                .replaceFirst("\"tool_version\": \"[^\"]*\"", "\"tool_version\": \"(version)\"");
    }

    static void assertMatches(Snapshot snapshot, String resource) {
        String actual = normalized(snapshot);
        if (Boolean.getBoolean("rampart.golden.update")) {
            try {
                Files.writeString(Path.of("src/test/resources/aws").resolve(resource), actual);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        assertThat(actual).isEqualTo(AwsMock.resource(resource));
    }
}
