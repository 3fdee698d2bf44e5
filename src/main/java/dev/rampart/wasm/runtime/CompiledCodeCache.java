package dev.rampart.wasm.runtime;

import com.dylibso.chicory.compiler.Cache;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;

/**
 * Where Chicory keeps the JVM classes it compiled a module into, keyed by the module's digest, so that a
 * module is compiled to bytecode once, not once per run: first the jar (the built-in policy set is compiled
 * when Rampart is built), then a directory on disk ({@code RAMPART_CACHE_DIR}, default
 * {@code $XDG_CACHE_HOME/rampart} or {@code ~/.cache/rampart}; {@code RAMPART_CACHE_DIR=off} disables it).
 * The directory holds code the JVM will run, so it must be as private as the Rampart installation itself.
 */
final class CompiledCodeCache implements Cache {
    /** Where the build puts precompiled classes of the built-in policy set. */
    static final String RESOURCE_DIR = "dev/rampart/wasm/precompiled/";

    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9._-]{16,128}");

    /** Entries kept on disk; the least recently written go first (every query of rampart eval is a module). */
    static final int MAX_ENTRIES = 64;

    private final Path dir;

    CompiledCodeCache(Path dir) {
        this.dir = dir;
    }

    /** The cache configured by the environment. */
    static CompiledCodeCache fromEnvironment() {
        String configured = System.getenv("RAMPART_CACHE_DIR");
        if ("off".equals(configured)) {
            return new CompiledCodeCache(null);
        }
        if (configured != null && !configured.isBlank()) {
            return new CompiledCodeCache(Path.of(configured).resolve("wasm"));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CompiledCodeCache(base.resolve("rampart").resolve("wasm"));
    }

    /**
     * The file name for a key: Chicory's keys are digests such as {@code sha-256:hstg…+/…=}; this maps the
     * base64 alphabet one to one onto characters safe in file and resource names. Null for anything else.
     */
    static String fileName(String key) {
        String name = key.replace(':', '.').replace('+', '-').replace('/', '_').replace("=", "");
        return FILE_NAME.matcher(name).matches() ? name : null;
    }

    @Override
    public byte[] get(String key) throws IOException {
        String name = fileName(key);
        if (name == null) {
            return null;
        }
        try (InputStream in = CompiledCodeCache.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
            if (in != null) {
                return in.readAllBytes();
            }
        }
        if (dir == null) {
            return null;
        }
        Path file = dir.resolve(name);
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
    }

    @Override
    public void putIfAbsent(String key, byte[] data) {
        String name = fileName(key);
        if (dir == null || name == null) {
            return;
        }
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            if (Files.exists(file)) {
                return;
            }
            Path tmp = Files.createTempFile(dir, name, ".tmp");
            Files.write(tmp, data);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            prune();
        } catch (IOException | SecurityException e) {
            // a cache that cannot be written only costs time: the next run compiles again
        }
    }

    private void prune() throws IOException {
        java.util.List<Path> entries;
        try (var files = Files.list(dir)) {
            entries = files.filter(f -> FILE_NAME.matcher(f.getFileName().toString()).matches()).toList();
        }
        if (entries.size() <= MAX_ENTRIES) {
            return;
        }
        java.util.List<Path> byAge = new java.util.ArrayList<>(entries);
        byAge.sort(java.util.Comparator.comparing(f -> {
            try {
                return Files.getLastModifiedTime(f);
            } catch (IOException e) {
                return java.nio.file.attribute.FileTime.fromMillis(0);
            }
        }));
        for (Path old : byAge.subList(0, byAge.size() - MAX_ENTRIES)) {
            Files.deleteIfExists(old);
        }
    }

    /** Writes {@code data} where the build collects precompiled classes (used when building Rampart). */
    static void writeResource(Path classesDir, String key, byte[] data) throws IOException {
        String name = fileName(key);
        if (name == null) {
            throw new IOException("unexpected module digest " + key);
        }
        Path file = classesDir.resolve(RESOURCE_DIR).resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, data);
    }
}
