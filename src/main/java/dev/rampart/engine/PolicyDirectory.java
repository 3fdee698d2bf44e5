package dev.rampart.engine;

import dev.rampart.rego.RegoSource;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code --policy DIR}: every {@code .rego} file under a directory (or one file), sorted by path, leaving out
 * {@code *_test.rego} (unit tests, run by {@code rampart test}). Modules are named by their path as the user
 * would write it (the option's value joined with the relative path, {@code /} separators).
 */
public record PolicyDirectory(Path path, String display) implements PolicySource {

    public PolicyDirectory(Path path) {
        this(path, path.toString().replace('\\', '/'));
    }

    @Override
    public String name() {
        return display;
    }

    @Override
    public PolicySet load() {
        if (!Files.exists(path)) {
            throw new PolicyException(display + ": no such policy directory or file");
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile).filter(PolicyDirectory::isPolicy).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new PolicyException(display + ": cannot list: " + e.getMessage(), e);
            }
        } else {
            files.add(path);
        }
        List<RegoSource> modules = new ArrayList<>();
        for (Path f : files) {
            String name = Files.isDirectory(path) ? join(display, path.relativize(f)) : display;
            modules.add(new RegoSource(name, read(f, name)));
        }
        return new PolicySet.Rego(display, modules);
    }

    static boolean isPolicy(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".rego") && !n.endsWith("_test.rego");
    }

    private static String join(String dir, Path relative) {
        String rel = relative.toString().replace('\\', '/');
        return dir.isEmpty() || dir.equals(".") ? rel : (dir.endsWith("/") ? dir : dir + "/") + rel;
    }

    private static String read(Path f, String name) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new PolicyException(name + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new PolicyException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
