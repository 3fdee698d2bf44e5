package dev.rampart.wasm.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;

class BundleArchiveTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static BundleArchive read(byte[] targz, BundleLimits limits) {
        return BundleArchive.read(new ByteArrayInputStream(targz), "b.tar.gz", limits);
    }

    /** A tar.gz written entry by entry, so tests can make archives Rampart itself would never write. */
    private static byte[] tar(TarArchiveEntry... entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (TarArchiveEntry e : entries) {
                tar.putArchiveEntry(e);
                if (e.isFile()) {
                    byte[] content = new byte[(int) e.getSize()];
                    Arrays.fill(content, (byte) 'x');
                    tar.write(content);
                }
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    private static TarArchiveEntry file(String name, int size) {
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(size);
        return e;
    }

    @Test
    void filesRoundTripWithTheirPathsWithoutLeadingSlash() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(".manifest", bytes("{}"));
        files.put("/policy.wasm", new byte[] {0, 'a', 's', 'm'});
        files.put("a/b/data.json", bytes("{\"x\":1}"));
        BundleArchive back = read(BundleArchive.of(files).toBytes(), BundleLimits.DEFAULT);
        assertThat(back.paths()).containsExactly(".manifest", "policy.wasm", "a/b/data.json");
        assertThat(back.file("/policy.wasm")).containsExactly(0, 'a', 's', 'm');
        assertThat(back.file("a/b/data.json")).isEqualTo(bytes("{\"x\":1}"));
        assertThat(back.file("missing")).isNull();
    }

    @Test
    void writingTheSameFilesTwiceGivesTheSameBytes() {
        BundleArchive a = BundleArchive.of(Map.of("policy.wasm", bytes("m")));
        assertThat(a.toBytes()).isEqualTo(BundleArchive.of(Map.of("policy.wasm", bytes("m"))).toBytes());
    }

    @Test
    void directoryEntriesAndDotSlashPrefixesAreAccepted() throws IOException {
        BundleArchive a = read(tar(new TarArchiveEntry("./"), new TarArchiveEntry("./x/"), file("./x/data.json", 2)),
                BundleLimits.DEFAULT);
        assertThat(a.paths()).containsExactly("x/data.json");
    }

    @Test
    void aParentRelativePathIsRefused() throws IOException {
        byte[] evil = tar(file("../../etc/passwd", 3));
        assertThatThrownBy(() -> read(evil, BundleLimits.DEFAULT))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("b.tar.gz: entry path \"../../etc/passwd\" is not allowed");
    }

    @Test
    void aParentSegmentInsideAPathIsRefused() throws IOException {
        byte[] evil = tar(file("a/../../b", 3));
        assertThatThrownBy(() -> read(evil, BundleLimits.DEFAULT)).hasMessageContaining("is not allowed");
    }

    @Test
    void backslashesAndDriveLettersAreRefused() throws IOException {
        assertThatThrownBy(() -> read(tar(file("a\\..\\b", 1)), BundleLimits.DEFAULT)).hasMessageContaining("not allowed");
        assertThatThrownBy(() -> read(tar(file("C:/x", 1)), BundleLimits.DEFAULT)).hasMessageContaining("not allowed");
    }

    @Test
    void symbolicLinksAreRefused() throws IOException {
        TarArchiveEntry link = new TarArchiveEntry("data.json", TarConstants.LF_SYMLINK);
        link.setLinkName("/etc/passwd");
        assertThatThrownBy(() -> read(tar(link), BundleLimits.DEFAULT))
                .hasMessageContaining("entry data.json is not a regular file");
    }

    @Test
    void hardLinksAreRefused() throws IOException {
        TarArchiveEntry link = new TarArchiveEntry("data.json", TarConstants.LF_LINK);
        link.setLinkName("policy.wasm");
        assertThatThrownBy(() -> read(tar(file("policy.wasm", 1), link), BundleLimits.DEFAULT))
                .hasMessageContaining("is not a regular file");
    }

    @Test
    void anEntryLargerThanTheLimitIsRefused() throws IOException {
        byte[] big = tar(file("data.json", 2000));
        assertThatThrownBy(() -> read(big, new BundleLimits(1000, 10_000, 10)))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessage("b.tar.gz: entry data.json is larger than 1000 bytes");
    }

    @Test
    void theTotalSizeIsBounded() throws IOException {
        byte[] many = tar(file("a", 600), file("b", 600));
        assertThatThrownBy(() -> read(many, new BundleLimits(1000, 1000, 10)))
                .hasMessage("b.tar.gz: unpacks to more than 1000 bytes");
    }

    @Test
    void theNumberOfEntriesIsBounded() throws IOException {
        byte[] many = tar(file("a", 1), file("b", 1), file("c", 1));
        assertThatThrownBy(() -> read(many, new BundleLimits(1000, 1000, 2)))
                .hasMessage("b.tar.gz: more than 2 entries");
    }

    @Test
    void aPathAppearingTwiceIsRefused() throws IOException {
        byte[] twice = tar(file("/data.json", 1), file("data.json", 1));
        assertThatThrownBy(() -> read(twice, BundleLimits.DEFAULT)).hasMessage("b.tar.gz: entry data.json appears twice");
    }

    @Test
    void somethingThatIsNotGzipIsRefused() {
        assertThatThrownBy(() -> read(bytes("package x\n"), BundleLimits.DEFAULT))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessageStartingWith("b.tar.gz: not a gzip-compressed archive");
    }

    @Test
    void aTruncatedArchiveIsRefused() throws IOException {
        byte[] whole = tar(file("policy.wasm", 50_000));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> read(half, BundleLimits.DEFAULT))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessageStartingWith("b.tar.gz: malformed archive");
    }

    @Test
    void gzipOfSomethingThatIsNotTarIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GzipCompressorOutputStream gz = new GzipCompressorOutputStream(out)) {
            gz.write(bytes("{\"not\": \"a tar\"}"));
        }
        assertThatThrownBy(() -> read(out.toByteArray(), BundleLimits.DEFAULT)).isInstanceOf(InvalidBundleException.class);
    }
}
