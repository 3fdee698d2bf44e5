package dev.rampart.wasm.bundle;

import dev.rampart.RampartVersion;
import dev.rampart.rego.ast.Annotation;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes the bundle {@code rampart build} produces: {@code .manifest}, {@code policy.wasm} (the module),
 * {@code data.json} when there is base data, and {@code metadata.json} (the METADATA annotations). The layout
 * is OPA's, so the module sits where OPA's tools look for one, and the manifest's {@code rampart} section is
 * what tells {@link BundleLoader} the module is Rampart's and not OPA's.
 */
public final class BundleWriter {

    /** The module's path inside a bundle, as OPA names it. */
    public static final String MODULE = "policy.wasm";

    private BundleWriter() {}

    /**
     * The bundle of a compiled policy set.
     *
     * @param module      {@code RampartProgram.moduleBytes()}
     * @param entrypoints the documents the module exports ({@code rampart/rules/net_001/deny})
     * @param data        base data, or null for none
     * @param annotations the policy set's METADATA
     * @param roots       the top-level paths under {@code data} that the bundle owns
     */
    public static BundleArchive write(byte[] module, List<String> entrypoints, Value data, List<Annotation> annotations,
            List<String> roots) {
        byte[] dataJson = data == null ? null : (Values.toJson(data) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] metadata = BundleMetadata.toJson(annotations);
        String revision = revision(module, dataJson, metadata);
        List<BundleManifest.WasmEntry> wasm = entrypoints.stream()
                .map(e -> new BundleManifest.WasmEntry(e, "/" + MODULE)).toList();
        BundleManifest manifest = new BundleManifest(revision, List.copyOf(new TreeSet<>(roots)), wasm,
                new BundleManifest.RampartSection(BundleManifest.FORMAT_VERSION, RampartVersion.current(), entrypoints));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(".manifest", manifest.toJson());
        files.put(MODULE, module);
        if (dataJson != null) {
            files.put("data.json", dataJson);
        }
        files.put(BundleMetadata.PATH, metadata);
        return BundleArchive.of(files);
    }

    /** A digest of the content: the same policies and data give the same revision, whoever builds them. */
    private static String revision(byte[]... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                if (p != null) {
                    sha.update(p);
                }
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest()).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
