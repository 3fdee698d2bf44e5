package dev.rampart.template;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stack names of the plain templates read in one run. A template's stack is named after its file
 * ({@code network.yaml} → {@code network}); templates that share a file name, as environments laid out side by
 * side do ({@code envs/dev/network.yaml}, {@code envs/prod/network.yaml}), are told apart by as many of their
 * directories as it takes, joined with dots ({@code dev.network}, {@code prod.network}), so that resource ids
 * do not collide; directories above the working directory are not used, so the names do not depend on where
 * the repository is checked out ({@code network.yaml} beside {@code dev/network.yaml} stays {@code network}).
 */
final class StackNames {
    private StackNames() {}

    /** A stack name for each input file among {@code inputs} (directories are left out). */
    static Map<Path, String> of(List<Path> inputs) {
        Map<String, List<Path>> byName = new LinkedHashMap<>();
        for (Path p : inputs) {
            if (Files.isRegularFile(p)) {
                byName.computeIfAbsent(DisplayPaths.stackName(p.getFileName().toString()), k -> new ArrayList<>())
                        .add(p);
            }
        }
        Map<Path, String> names = new HashMap<>();
        byName.forEach((name, files) -> names.putAll(files.size() == 1 ? Map.of(files.get(0), name) : distinct(files)));
        return names;
    }

    /**
     * The file relative to the working directory when it is inside it, so that names do not depend on where
     * the repository is checked out ({@code /home/ci/work/repo/dev/network.yaml} is {@code dev/network.yaml} when
     * the scan runs in {@code repo}); else its absolute path.
     */
    private static Path withinWorkingDirectory(Path f) {
        Path abs = f.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
    }

    /** The shortest run of trailing directories that makes the names distinct. */
    private static Map<Path, String> distinct(List<Path> files) {
        Map<Path, String> names = new HashMap<>();
        if (files.stream().map(f -> f.toAbsolutePath().normalize()).distinct().count() < files.size()) {
            // the same file named twice: no directory can tell the copies apart, and reading it twice is refused
            files.forEach(f -> names.put(f, DisplayPaths.stackName(f.getFileName().toString())));
            return names;
        }
        for (int depth = 1; ; depth++) {
            names.clear();
            Set<String> seen = new HashSet<>();
            boolean unique = true;
            boolean deeper = false;
            for (Path f : files) {
                Path dir = withinWorkingDirectory(f).getParent();
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < depth && dir != null && dir.getFileName() != null; i++, dir = dir.getParent()) {
                    parts.addFirst(dir.getFileName().toString());
                }
                deeper |= dir != null && dir.getFileName() != null;
                parts.add(DisplayPaths.stackName(f.getFileName().toString()));
                String name = String.join(".", parts);
                unique &= seen.add(name);
                names.put(f, name);
            }
            if (unique || !deeper) {
                return names;
            }
        }
    }
}
