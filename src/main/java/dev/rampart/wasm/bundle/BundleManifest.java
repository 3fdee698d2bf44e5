package dev.rampart.wasm.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bundle's {@code .manifest}. The fields OPA defines ({@code revision}, {@code roots}, {@code wasm}) keep
 * OPA's names and meaning, so OPA tooling can read a Rampart bundle's manifest; Rampart's own fields live
 * under {@code rampart}, whose presence is what marks a bundle as Rampart's.
 *
 * @param revision the bundle's revision (Rampart writes a digest of its content)
 * @param roots    the top-level paths under {@code data} the bundle owns
 * @param wasm     one entry per entrypoint: its name ({@code a/b}) and the module that exports it
 * @param rampart  Rampart's section, or null for a bundle built by OPA
 */
public record BundleManifest(String revision, List<String> roots, List<WasmEntry> wasm, RampartSection rampart) {

    /** The manifest format version this Rampart writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    /** An element of OPA's {@code wasm} list. */
    public record WasmEntry(String entrypoint, String module) {}

    /**
     * What only Rampart writes.
     *
     * @param formatVersion  the layout of the bundle ({@link #FORMAT_VERSION})
     * @param rampartVersion the Rampart that built it
     * @param entrypoints    the documents the module evaluates, e.g. {@code rampart/rules/net_001/deny}
     */
    public record RampartSection(int formatVersion, String rampartVersion, List<String> entrypoints) {
        public RampartSection {
            entrypoints = List.copyOf(entrypoints);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public BundleManifest {
        revision = revision == null ? "" : revision;
        roots = List.copyOf(roots);
        wasm = List.copyOf(wasm);
    }

    /** True for a bundle written by {@code rampart build}. */
    public boolean isRampart() {
        return rampart != null;
    }

    /** The manifest as JSON text (two-space indentation, fields in a fixed order). */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("revision", revision);
        ArrayNode r = root.putArray("roots");
        roots.forEach(r::add);
        ArrayNode w = root.putArray("wasm");
        for (WasmEntry e : wasm) {
            w.addObject().put("entrypoint", e.entrypoint()).put("module", e.module());
        }
        if (rampart != null) {
            ObjectNode rs = root.putObject("rampart");
            rs.put("format_version", rampart.formatVersion());
            rs.put("version", rampart.rampartVersion());
            ArrayNode eps = rs.putArray("entrypoints");
            rampart.entrypoints().forEach(eps::add);
        }
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a {@code .manifest}; {@code bundle} names the archive in error messages. */
    public static BundleManifest parse(byte[] json, String bundle) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw bad(bundle, "not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
            throw bad(bundle, "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw bad(bundle, "must be a JSON object");
        }
        String revision = text(root, "revision", bundle);
        List<String> roots = strings(root.get("roots"), "roots", bundle);
        List<WasmEntry> wasm = new ArrayList<>();
        JsonNode w = root.get("wasm");
        if (w != null && !w.isNull()) {
            if (!w.isArray()) {
                throw bad(bundle, "wasm must be a list");
            }
            for (JsonNode e : w) {
                if (!e.isObject()) {
                    throw bad(bundle, "each wasm entry must be an object with entrypoint and module");
                }
                wasm.add(new WasmEntry(text(e, "entrypoint", bundle), text(e, "module", bundle)));
            }
        }
        RampartSection rampart = null;
        JsonNode rs = root.get("rampart");
        if (rs != null && !rs.isNull()) {
            if (!rs.isObject() || !rs.path("format_version").canConvertToInt()) {
                throw bad(bundle, "rampart must be an object with an integer format_version");
            }
            int version = rs.get("format_version").asInt();
            if (version < 1 || version > FORMAT_VERSION) {
                throw bad(bundle, "bundle format " + version + " is not supported by this Rampart (it reads "
                        + "format " + FORMAT_VERSION + "); rebuild the bundle with this version's `rampart build`");
            }
            rampart = new RampartSection(version, text(rs, "version", bundle),
                    strings(rs.get("entrypoints"), "rampart.entrypoints", bundle));
        }
        return new BundleManifest(revision, roots.isEmpty() && root.get("roots") == null ? List.of("") : roots,
                wasm, rampart);
    }

    private static String text(JsonNode obj, String field, String bundle) {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return "";
        }
        if (!n.isTextual()) {
            throw bad(bundle, field + " must be a string");
        }
        return n.asText();
    }

    private static List<String> strings(JsonNode n, String field, String bundle) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw bad(bundle, field + " must be a list of strings");
        }
        for (JsonNode e : n) {
            if (!e.isTextual()) {
                throw bad(bundle, field + " must be a list of strings");
            }
            out.add(e.asText());
        }
        return out;
    }

    private static InvalidBundleException bad(String bundle, String message) {
        return new InvalidBundleException(bundle + ": .manifest: " + message);
    }
}
