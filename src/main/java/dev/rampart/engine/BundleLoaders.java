package dev.rampart.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The bundle loaders a scan can use, and the {@link PolicySource} of a {@code --bundle FILE}. */
public final class BundleLoaders {
    private BundleLoaders() {}

    /** The loaders shipped in Rampart, tried in order: Rampart and OPA bundles (docs/bundles.md). */
    static final List<BundleLoader> BUILT_IN = List.of(new WasmBundles());

    /** The built-in loaders, then those registered through {@link ServiceLoader}. */
    public static List<BundleLoader> all() {
        List<BundleLoader> out = new ArrayList<>(BUILT_IN);
        ServiceLoader.load(BundleLoader.class).forEach(out::add);
        return out;
    }

    /** The source of the bundle in {@code file}; loading it fails when no loader accepts the file. */
    public static PolicySource source(Path file, String display) {
        return new PolicySource() {
            @Override
            public String name() {
                return display;
            }

            @Override
            public PolicySet load() {
                if (!Files.isRegularFile(file)) {
                    throw new PolicyException(display + ": no such bundle file");
                }
                List<BundleLoader> loaders = all();
                for (BundleLoader loader : loaders) {
                    if (loader.accepts(file)) {
                        return loader.load(file, display);
                    }
                }
                throw new PolicyException(display + ": not a policy bundle this Rampart can read"
                        + (loaders.isEmpty() ? " (this build has no bundle loaders)"
                                : " (known kinds: " + String.join(", ", loaders.stream().map(BundleLoader::kind).toList())
                                        + ")"));
            }
        };
    }
}
