package dev.rampart.wasm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompiledCodeCacheTest {

    @Test
    void storedClassesAreFoundAgainByKey(@TempDir Path dir) throws Exception {
        CompiledCodeCache cache = new CompiledCodeCache(dir);
        String key = "sha-256:hstgI5ZgAeAlgSoxmmcvby/F+6Khu+oWp3NMuagSKzs=";
        cache.putIfAbsent(key, new byte[] {1, 2, 3});
        assertThat(cache.get(key)).containsExactly(1, 2, 3);
        cache.putIfAbsent(key, new byte[] {9});
        assertThat(cache.get(key)).as("first write wins").containsExactly(1, 2, 3);
    }

    @Test
    void keysCannotNameAFileOutsideTheDirectory(@TempDir Path dir) throws Exception {
        Path cacheDir = dir.resolve("wasm");
        CompiledCodeCache cache = new CompiledCodeCache(cacheDir);
        cache.putIfAbsent("../../escape-attempt-0123456789", new byte[] {1});
        assertThat(Files.exists(dir.resolve("escape-attempt-0123456789"))).isFalse();
        try (var files = Files.list(cacheDir)) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> !n.contains("/"));
        }
        assertThat(CompiledCodeCache.fileName("a/b")).isNull();
    }

    @Test
    void theOldestEntriesGoWhenTheCacheIsFull(@TempDir Path dir) throws Exception {
        CompiledCodeCache cache = new CompiledCodeCache(dir);
        for (int i = 0; i < CompiledCodeCache.MAX_ENTRIES + 5; i++) {
            cache.putIfAbsent(String.format("sha-256:key%016d", i), new byte[] {(byte) i});
            Files.setLastModifiedTime(dir.resolve(CompiledCodeCache.fileName(String.format("sha-256:key%016d", i))),
                    java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.count()).isEqualTo(CompiledCodeCache.MAX_ENTRIES);
        }
        assertThat(cache.get(String.format("sha-256:key%016d", CompiledCodeCache.MAX_ENTRIES + 4))).isNotNull();
    }

    @Test
    void aDisabledCacheKeepsNothing() throws Exception {
        CompiledCodeCache cache = new CompiledCodeCache(null);
        cache.putIfAbsent("0123456789abcdef0123456789abcdef", new byte[] {1});
        assertThat(cache.get("0123456789abcdef0123456789abcdef")).isNull();
    }
}
