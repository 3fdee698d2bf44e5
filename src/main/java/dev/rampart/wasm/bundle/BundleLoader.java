package dev.rampart.wasm.bundle;

import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.rampart.rego.ast.Annotation;
import dev.rampart.wasm.RampartProgram;
import dev.rampart.wasm.opa.OpaBundleProgram;
import dev.rampart.wasm.value.InvalidDocumentException;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Loads what {@code --bundle} names: a {@code bundle.tar.gz} from {@code rampart build} or {@code opa build -t
 * wasm}, told apart by the {@code rampart} section of the manifest, or a bare {@code .wasm} module of either
 * kind, told apart by OPA's ABI exports.
 */
public final class BundleLoader {

    private static final byte[] WASM_MAGIC = {0, 'a', 's', 'm'};

    private BundleLoader() {}

    /** Loads {@code path} with the default limits. @throws InvalidBundleException when it cannot be used */
    public static LoadedBundle load(Path path) {
        return load(path, BundleLimits.DEFAULT);
    }

    /** Loads {@code path}, unpacking at most what {@code limits} allow. */
    public static LoadedBundle load(Path path, BundleLimits limits) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InvalidBundleException(name + ": no such file");
        }
        if (startsWithWasmMagic(path)) {
            return loadModule(readModule(path, limits), name);
        }
        return fromArchive(BundleArchive.read(path, limits), name);
    }

    /** The bundle held by {@code archive}; {@code name} names it in messages. */
    public static LoadedBundle fromArchive(BundleArchive archive, String name) {
        BundleManifest manifest = archive.contains(".manifest")
                ? BundleManifest.parse(archive.file(".manifest"), name) : null;
        if (manifest == null || !manifest.isRampart()) {
            OpaBundleProgram program = OpaBundleProgram.fromArchive(archive, name);
            return new LoadedBundle(LoadedBundle.Kind.OPA, program, program.bundleData(), List.of(), manifest, name);
        }
        List<String> modules = manifest.wasm().stream().map(BundleManifest.WasmEntry::module).distinct().toList();
        String module = modules.isEmpty() ? "policy.wasm" : modules.get(0);
        if (modules.size() > 1) {
            throw new InvalidBundleException(name + ": a Rampart bundle holds one module, this one names " + modules);
        }
        byte[] wasm = archive.file(module);
        if (wasm == null) {
            throw new InvalidBundleException(name + ": the manifest names " + module + " but the bundle has no such file");
        }
        Value data = readData(archive, name);
        List<Annotation> annotations = archive.contains(BundleMetadata.PATH)
                ? BundleMetadata.parse(archive.file(BundleMetadata.PATH), name) : List.of();
        RampartProgram program = loadRampart(wasm, name);
        List<String> missing = manifest.rampart().entrypoints().stream()
                .filter(e -> !program.entrypoints().contains(e)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidBundleException(name + ": the manifest lists entrypoints the module does not export: "
                    + missing);
        }
        return new LoadedBundle(LoadedBundle.Kind.RAMPART, new BundledProgram(program, new BaseData(data, name)), data,
                annotations, manifest, name);
    }

    private static LoadedBundle loadModule(byte[] wasm, String name) {
        if (isOpaModule(wasm, name)) {
            return new LoadedBundle(LoadedBundle.Kind.OPA, OpaBundleProgram.fromWasm(wasm, name), ObjectValue.EMPTY,
                    List.of(), null, name);
        }
        return new LoadedBundle(LoadedBundle.Kind.RAMPART, loadRampart(wasm, name), ObjectValue.EMPTY, List.of(), null,
                name);
    }

    private static RampartProgram loadRampart(byte[] wasm, String name) {
        try {
            return RampartProgram.load(wasm);
        } catch (ChicoryException e) {
            throw new InvalidBundleException(name + ": not a valid Rampart module: " + e.getMessage(), e);
        }
    }

    /** OPA's modules export its ABI ({@code opa_eval_ctx_new}, …); Rampart's never do. */
    static boolean isOpaModule(byte[] wasm, String name) {
        WasmModule m;
        try {
            m = Parser.parse(wasm);
        } catch (ChicoryException e) {
            throw new InvalidBundleException(name + ": not a valid WebAssembly module: " + e.getMessage(), e);
        }
        for (int i = 0; i < m.exportSection().exportCount(); i++) {
            if (m.exportSection().getExport(i).name().equals("opa_eval_ctx_new")) {
                return true;
            }
        }
        return false;
    }

    private static Value readData(BundleArchive archive, String name) {
        if (!archive.contains("data.json")) {
            return ObjectValue.EMPTY;
        }
        try {
            return Values.fromJson(archive.file("data.json"), name + ": data.json");
        } catch (InvalidDocumentException e) {
            throw new InvalidBundleException(e.getMessage(), e);
        }
    }

    private static boolean startsWithWasmMagic(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return Arrays.equals(in.readNBytes(4), WASM_MAGIC);
        } catch (IOException e) {
            throw new InvalidBundleException(path + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static byte[] readModule(Path path, BundleLimits limits) {
        try {
            if (Files.size(path) > limits.maxEntryBytes()) {
                throw new InvalidBundleException(path + ": larger than " + limits.maxEntryBytes() + " bytes");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InvalidBundleException(path + ": cannot read: " + e.getMessage(), e);
        }
    }
}
