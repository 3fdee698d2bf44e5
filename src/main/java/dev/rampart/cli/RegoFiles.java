package dev.rampart.cli;

import dev.rampart.RampartException;
import dev.rampart.rego.RegoSource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads Rego modules named on the command line: files as given, directories searched for {@code .rego} files. */
final class RegoFiles {

    private RegoFiles() {}

    /** The modules at {@code paths}, in a stable order, each named by its path. */
    static List<RegoSource> load(List<Path> paths) {
        List<RegoSource> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(p)) {
                    found = s.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".rego"))
                            .sorted().toList();
                } catch (IOException e) {
                    throw new RampartException("cannot read directory " + p + ": " + e.getMessage(), e);
                }
                if (found.isEmpty()) {
                    throw new RampartException("no .rego files found in " + p);
                }
                for (Path f : found) {
                    out.add(read(f));
                }
            } else if (Files.isRegularFile(p)) {
                out.add(read(p));
            } else {
                throw new RampartException("no such file or directory: " + p);
            }
        }
        return out;
    }

    static RegoSource read(Path f) {
        try {
            return new RegoSource(f.toString(), Files.readString(f));
        } catch (CharacterCodingException e) {
            throw new RampartException(f + ": not valid UTF-8 text", e);
        } catch (IOException e) {
            throw new RampartException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }
}
