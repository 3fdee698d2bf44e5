package dev.rampart.cli;

import dev.rampart.RampartException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A {@code --history DIR}: each run leaves {@code <stamp>.snapshot.json} and {@code <stamp>.findings.json}, the stamp
 * being the UTC time ({@code 20250601T120000Z}), so names sort in time order and the previous run is the last
 * findings file.
 */
final class History {
    static final String FINDINGS = ".findings.json";
    static final String SNAPSHOT = ".snapshot.json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private History() {}

    /** The findings file of the latest run in {@code dir}, or null when there is none (or no directory yet). */
    static Path previous(Path dir) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(FINDINGS))
                    .max(Comparator.comparing(f -> f.getFileName().toString())).orElse(null);
        } catch (IOException e) {
            throw new RampartException(dir + ": cannot list the history: " + e.getMessage(), e);
        }
    }

    /**
     * The stamp of a run at {@code now}, made unique in {@code dir} ({@code _002}, {@code _003} … when taken: they
     * sort after the plain stamp) and held until the reservation is closed: two runs finishing in the same second
     * (a scheduler retrying a job) each get their own stamp instead of overwriting one another.
     */
    static Reservation reserve(Path dir, Instant now) {
        String base = STAMP.format(now);
        try {
            Files.createDirectories(dir);
            for (int n = 1; ; n++) {
                String stamp = n == 1 ? base : base + String.format("_%03d", n);
                if (Files.exists(dir.resolve(stamp + FINDINGS)) || Files.exists(dir.resolve(stamp + SNAPSHOT))) {
                    continue;
                }
                try {
                    // creating a file is atomic: of two runs asking for the same stamp, one gets it
                    return new Reservation(stamp, Files.createFile(dir.resolve("." + stamp + ".reserved")));
                } catch (FileAlreadyExistsException taken) {
                    // another run holds this stamp
                }
            }
        } catch (IOException e) {
            throw new RampartException(dir + ": cannot reserve a place in the history: " + e.getMessage(), e);
        }
    }

    /** A stamp held by this run; closing it (once the run's files are written) frees the marker. */
    record Reservation(String stamp, Path marker) implements AutoCloseable {
        @Override
        public void close() {
            try {
                Files.deleteIfExists(marker);
            } catch (IOException ignored) {
                // a marker left behind only makes a later run skip this stamp
            }
        }
    }
}
