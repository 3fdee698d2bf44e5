package dev.rampart.engine;

import dev.rampart.rego.RegoSource;
import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.parse.RegoParser;
import dev.rampart.wasm.bundle.BundleArchive;
import dev.rampart.wasm.bundle.BundleLimits;
import dev.rampart.wasm.bundle.InvalidBundleException;
import dev.rampart.wasm.bundle.LoadedBundle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --bundle FILE} through {@code dev.rampart.wasm.bundle}: a bundle of {@code rampart build} (rules from its
 * {@code metadata.json}), a bundle of {@code opa build -t wasm} (rules from the METADATA of the {@code .rego}
 * sources OPA puts in the bundle), or a bare module of either kind (docs/bundles.md). A bundle whose rules carry
 * no METADATA cannot be scanned: the scan would not know their ids and severities.
 */
final class WasmBundles implements BundleLoader {

    @Override
    public String kind() {
        return "Rampart or OPA bundle (.tar.gz, .wasm)";
    }

    @Override
    public boolean accepts(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".tar.gz") || n.endsWith(".tgz") || n.endsWith(".wasm");
    }

    @Override
    public PolicySet load(Path file, String display) {
        LoadedBundle bundle;
        try {
            bundle = dev.rampart.wasm.bundle.BundleLoader.load(file);
        } catch (InvalidBundleException e) {
            throw new PolicyException(e.getMessage(), e);
        }
        List<Annotation> annotations = bundle.annotations();
        if (annotations.isEmpty() && bundle.kind() == LoadedBundle.Kind.OPA && !isBareModule(file)) {
            annotations = regoAnnotations(file, display);
        }
        List<RuleModule> rules = RuleModules.fromAnnotations(annotations, bundle.program().entrypoints(), display);
        if (rules.isEmpty()) {
            throw new PolicyException(display + ": the bundle has no rule METADATA (a package block with custom.id and"
                    + " custom.severity, docs/policies.md); build it with 'rampart build', or keep the .rego sources"
                    + " in an OPA bundle");
        }
        // The program merges the bundle's data.json itself; the engine adds data.rampart.config.
        return new PolicySet.Program(display, bundle.program(), rules, null);
    }

    private static boolean isBareModule(Path file) {
        return file.getFileName().toString().endsWith(".wasm");
    }

    /** The METADATA of the Rego sources an OPA bundle carries (parsed only: OPA compiled them already). */
    private static List<Annotation> regoAnnotations(Path file, String display) {
        BundleArchive archive = BundleArchive.read(file, BundleLimits.DEFAULT);
        List<Annotation> out = new ArrayList<>();
        for (String path : archive.paths()) {
            if (!path.endsWith(".rego") || path.endsWith("_test.rego")) {
                continue;
            }
            String text = new String(archive.file(path), StandardCharsets.UTF_8);
            var parsed = RegoParser.parseModule(new RegoSource(path, text), false);
            if (parsed.module() == null) {
                parsed = RegoParser.parseModule(new RegoSource(path, text), true); // OPA bundles may hold Rego v0
            }
            if (parsed.module() != null) {
                out.addAll(parsed.module().annotations());
            }
        }
        return out;
    }

}
