package dev.rampart.wasm.abi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.RampartException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a module carries beside its code, in the custom section {@value #SECTION}: everything the host needs
 * to run it, so that module bytes alone (e.g. in a bundle) are enough.
 *
 * @param abi         the host interface version ({@link HostImport#MODULE})
 * @param constants   constants in Rego syntax, by index (handle = index + 1)
 * @param builtins    built-in names, by the id modules pass to the {@code builtin*} imports
 * @param sites       error sites, by index
 * @param functions   function names, by memo id (the module's defined functions, in order)
 * @param entrypoints entrypoints and the exports that compute them
 * @param rulePaths   paths under {@code data} where rules are defined, which base data must leave free
 */
public record ModuleMetadata(String abi, List<String> constants, List<String> builtins, List<SiteInfo> sites,
        List<String> functions, List<EntrypointInfo> entrypoints, List<RulePathInfo> rulePaths) {

    /** The custom section's name. */
    public static final String SECTION = "rampart.metadata";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An error site: where and what. */
    public record SiteInfo(String file, int line, int column, String message) {}

    /** An entrypoint and the exported function that computes it from (input, data). */
    public record EntrypointInfo(String name, String export) {}

    /** A path of string keys under {@code data} with rules defined there, and where the first rule starts. */
    public record RulePathInfo(List<String> path, String file, int line, int column) {
        public RulePathInfo {
            path = List.copyOf(path);
        }
    }

    public ModuleMetadata {
        constants = List.copyOf(constants);
        builtins = List.copyOf(builtins);
        sites = List.copyOf(sites);
        functions = List.copyOf(functions);
        entrypoints = List.copyOf(entrypoints);
        rulePaths = rulePaths == null ? List.of() : List.copyOf(rulePaths); // absent from older modules
    }

    public byte[] toBytes() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("metadata is plain data", e);
        }
    }

    public static ModuleMetadata fromBytes(byte[] bytes) {
        try {
            return JSON.readValue(bytes, ModuleMetadata.class);
        } catch (java.io.IOException e) {
            throw new RampartException("not a Rampart module: its " + SECTION + " section is unreadable ("
                    + new String(bytes, 0, Math.min(bytes.length, 40), StandardCharsets.UTF_8) + "…)", e);
        }
    }
}
