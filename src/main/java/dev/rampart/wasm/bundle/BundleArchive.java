package dev.rampart.wasm.bundle;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * The files of a bundle ({@code bundle.tar.gz}, as {@code opa build} and {@code rampart build} write it), by
 * path inside the archive without a leading slash ({@code policy.wasm}, {@code data.json}, {@code .manifest}).
 * Reading refuses anything that is not a plain file or directory, paths that could escape an extraction
 * directory, duplicate paths, and archives beyond {@link BundleLimits}.
 */
public final class BundleArchive {

    private final Map<String, byte[]> files;

    private BundleArchive(Map<String, byte[]> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** Reads {@code bundle} (gzipped tar). @throws InvalidBundleException naming the file and the problem */
    public static BundleArchive read(Path bundle, BundleLimits limits) {
        try (InputStream in = Files.newInputStream(bundle)) {
            return read(in, bundle.toString(), limits);
        } catch (IOException e) {
            throw new InvalidBundleException(bundle + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a gzipped tar stream; {@code name} prefixes error messages. The stream is not closed. */
    public static BundleArchive read(InputStream gzippedTar, String name, BundleLimits limits) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        int entries = 0;
        try {
            TarArchiveInputStream tar = new TarArchiveInputStream(
                    new GZIPInputStream(new BufferedInputStream(gzippedTar)));
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new InvalidBundleException(name + ": more than " + limits.maxEntries() + " entries");
                }
                String path = normalize(e.getName(), name);
                if (e.isDirectory()) {
                    continue;
                }
                if (path.isEmpty()) {
                    throw new InvalidBundleException(name + ": a file entry has an empty name");
                }
                if (!e.isFile() || e.isLink() || e.isSymbolicLink()) {
                    throw new InvalidBundleException(name + ": entry " + e.getName()
                            + " is not a regular file (links and devices are not allowed in a bundle)");
                }
                if (e.getSize() > limits.maxEntryBytes()) {
                    throw tooLarge(name, e.getName(), limits);
                }
                byte[] content = readBounded(tar, limits.maxEntryBytes(), name, e.getName(), limits);
                total += content.length;
                if (total > limits.maxTotalBytes()) {
                    throw new InvalidBundleException(name + ": unpacks to more than " + limits.maxTotalBytes()
                            + " bytes");
                }
                if (files.putIfAbsent(path, content) != null) {
                    throw new InvalidBundleException(name + ": entry " + path + " appears twice");
                }
            }
        } catch (ZipException e) {
            throw new InvalidBundleException(name + ": not a gzip-compressed archive (" + e.getMessage() + ")", e);
        } catch (IOException | IllegalArgumentException e) {
            // commons-compress reports a corrupt header as IOException or IllegalArgumentException.
            throw new InvalidBundleException(name + ": malformed archive: " + e.getMessage(), e);
        }
        if (entries == 0) {
            throw new InvalidBundleException(name + ": empty archive");
        }
        return new BundleArchive(files);
    }

    /** Builds an archive from files given by path (without a leading slash), in the order given. */
    public static BundleArchive of(Map<String, byte[]> files) {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        files.forEach((p, b) -> copy.put(normalize(p, "bundle"), b.clone()));
        return new BundleArchive(copy);
    }

    /** The file at {@code path} ({@code policy.wasm} or {@code /policy.wasm}), or null. */
    public byte[] file(String path) {
        byte[] b = files.get(path.startsWith("/") ? path.substring(1) : path);
        return b == null ? null : b.clone();
    }

    /** True when the archive holds {@code path}. */
    public boolean contains(String path) {
        return files.containsKey(path.startsWith("/") ? path.substring(1) : path);
    }

    /** Every file path, in archive order. */
    public java.util.Set<String> paths() {
        return files.keySet();
    }

    /**
     * Writes the archive as gzipped tar. Entries get a fixed time and owner so that building the same
     * policies twice gives the same bytes (a bundle's digest can then stand for its content).
     */
    public void write(OutputStream out) throws IOException {
        GzipParameters gz = new GzipParameters();
        gz.setModificationTime(0);
        GzipCompressorOutputStream gzip = new GzipCompressorOutputStream(out, gz);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                // OPA writes bundle paths with a leading slash; so does Rampart, so OPA tooling can list them.
                TarArchiveEntry e = new TarArchiveEntry("/" + f.getKey(), true);
                e.setSize(f.getValue().length);
                e.setModTime(0);
                e.setMode(0644);
                tar.putArchiveEntry(e);
                tar.write(f.getValue());
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    /** The archive as gzipped tar bytes. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A path inside the archive without its leading {@code /} or {@code ./}. Refuses {@code ..} segments,
     * backslashes, drive letters and control characters: names that mean different files to different
     * tools or could escape a directory the bundle is extracted into.
     */
    static String normalize(String raw, String archive) {
        String p = raw;
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        boolean bad = p.contains("\\")
                || p.matches("^[A-Za-z]:.*") || p.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
        for (String seg : p.split("/", -1)) {
            if (seg.equals("..") || (seg.isEmpty() && !p.isEmpty()) || seg.equals(".")) {
                bad = true;
            }
        }
        if (bad) {
            throw new InvalidBundleException(archive + ": entry path " + quote(raw)
                    + " is not allowed (absolute, parent-relative or unusual paths could escape the bundle)");
        }
        return p;
    }

    private static byte[] readBounded(InputStream in, long max, String archive, String entry, BundleLimits limits)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > max) {
                throw tooLarge(archive, entry, limits);
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private static InvalidBundleException tooLarge(String archive, String entry, BundleLimits limits) {
        return new InvalidBundleException(archive + ": entry " + entry + " is larger than "
                + limits.maxEntryBytes() + " bytes");
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.append('"').toString();
    }
}
