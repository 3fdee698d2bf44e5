package dev.rampart.wasm.bundle;

/**
 * How much of an archive Rampart is willing to unpack. A bundle is untrusted input (it may come from a CI
 * artifact or a download), and a gzip stream can expand a thousandfold, so every limit is checked against the
 * bytes actually read, never against sizes the archive claims.
 *
 * @param maxEntryBytes the largest single file (policy.wasm, data.json)
 * @param maxTotalBytes all files together, uncompressed
 * @param maxEntries    how many entries (files and directories) an archive may hold
 */
public record BundleLimits(long maxEntryBytes, long maxTotalBytes, int maxEntries) {

    /** 256 MiB per file, 1 GiB in all, 10,000 entries: far above any policy set, far below a decompression bomb. */
    public static final BundleLimits DEFAULT = new BundleLimits(256L << 20, 1L << 30, 10_000);

    public BundleLimits {
        if (maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("bundle limits must be positive");
        }
        if (maxEntryBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("an entry is read into one byte array; at most 2 GiB");
        }
    }
}
