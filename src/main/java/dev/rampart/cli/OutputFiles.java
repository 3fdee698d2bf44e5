package dev.rampart.cli;

import dev.rampart.RampartException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files one command writes, written only once everything is rendered: each goes to a temporary file beside
 * its target first, and only when all of them are there are they moved into place, so a failed run leaves no
 * report that looks complete.
 */
final class OutputFiles {
    private final Map<Path, String> files = new LinkedHashMap<>();

    /** Adds {@code text} for {@code file}; giving one file twice is a usage error. */
    void add(Path file, String text) {
        Path key = file.toAbsolutePath().normalize();
        if (files.putIfAbsent(key, text) != null) {
            throw new RampartException(file + " is named as the destination of two outputs");
        }
    }

    boolean isEmpty() {
        return files.isEmpty();
    }

    /** Writes every file. */
    void writeAll() {
        List<Path[]> staged = new ArrayList<>();
        try {
            for (Map.Entry<Path, String> e : files.entrySet()) {
                Path target = e.getKey();
                Path dir = target.getParent();
                Files.createDirectories(dir);
                Path temp = StagingFile.beside(target);
                staged.add(new Path[] {temp, target});
                Files.writeString(temp, e.getValue(), StandardCharsets.UTF_8);
                StagingFile.keepMode(target, temp);
            }
            for (Path[] p : staged) {
                move(p[0], p[1]);
            }
        } catch (IOException e) {
            throw new RampartException("cannot write " + e.getMessage(), e);
        } finally {
            for (Path[] p : staged) {
                try {
                    Files.deleteIfExists(p[0]);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after its target
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
