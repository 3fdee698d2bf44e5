package dev.rampart.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Where an output is written before it is moved into place: a hidden file beside the target.
 *
 * <p>{@link Files#createTempFile} creates files readable by their owner only, and the move keeps that mode,
 * so a report would end up {@code -rw-------} whatever the umask says: unreadable by the CI step that
 * uploads the SARIF or the job that syncs history to storage under another user. A file created plainly
 * gets the mode the user's umask gives every other file.
 */
final class StagingFile {
    private StagingFile() {}

    /**
     * Gives {@code staged} the permissions of the {@code target} it will replace, when there is one: a report the
     * user made private (or shared) stays so when the next run rewrites it.
     */
    static void keepMode(Path target, Path staged) throws IOException {
        if (Files.exists(target) && Files.getFileStore(staged).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(staged, Files.getPosixFilePermissions(target));
        }
    }

    /** A new, empty file beside {@code target}, named after it. */
    static Path beside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        while (true) {
            Path candidate = dir.resolve("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // another run staged under the same name: draw again
            }
        }
    }
}
