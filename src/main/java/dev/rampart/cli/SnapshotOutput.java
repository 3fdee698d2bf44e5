package dev.rampart.cli;

import dev.rampart.RampartException;
import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** Writes a snapshot to a file or stdout, and tells on stderr which collection calls failed. */
final class SnapshotOutput {
    private static final int GAPS_LISTED = 20;

    private SnapshotOutput() {}

    /**
     * Writes {@code snapshot} to {@code file} (through a temporary file, so a reader never sees half a document)
     * or, when it is null, to {@code out}.
     */
    static void write(Snapshot snapshot, Path file, PrintWriter out) {
        String json = SnapshotWriter.toJson(snapshot);
        if (file == null) {
            out.print(json);
            out.flush();
            return;
        }
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path tmp = StagingFile.beside(file);
            try {
                Files.writeString(tmp, json);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new RampartException("cannot write " + file + ": " + e);
        }
    }

    /** The collection gaps of {@code snapshot}. */
    static List<Gap> collectionGaps(Snapshot snapshot) {
        return snapshot.gaps().stream().filter(g -> g.kind() == Gap.Kind.COLLECTION).toList();
    }

    /**
     * Lists failed calls on stderr (they are in the snapshot too) and returns the exit code: 3 when there are
     * any and partial results were not allowed, else 0.
     */
    static int reportGaps(Snapshot snapshot, boolean allowPartial, PrintWriter err) {
        List<Gap> gaps = collectionGaps(snapshot);
        if (gaps.isEmpty()) {
            return ExitCodes.OK;
        }
        err.println("rampart: " + gaps.size() + " collection gap" + (gaps.size() == 1 ? "" : "s")
                + " (calls that failed after retries; listed under \"gaps\" in the snapshot):");
        for (Gap g : gaps.subList(0, Math.min(GAPS_LISTED, gaps.size()))) {
            err.println("  " + g.api() + "  account " + g.account() + "  " + (g.region() == null ? "" : g.region() + "  ")
                    + g.errorCode() + (g.resource() == null ? "" : "  " + g.resource()));
        }
        if (gaps.size() > GAPS_LISTED) {
            err.println("  … and " + (gaps.size() - GAPS_LISTED) + " more");
        }
        if (allowPartial) {
            err.println("rampart: partial results allowed (--allow-partial)");
            err.flush();
            return ExitCodes.OK;
        }
        err.println("rampart: the snapshot is incomplete (exit code 3); --allow-partial accepts partial results");
        err.flush();
        return ExitCodes.INCOMPLETE;
    }
}
