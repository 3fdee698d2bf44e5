package dev.rampart.engine;

import java.nio.file.Path;

/**
 * Reads one kind of policy bundle for {@code rampart scan --bundle FILE}: an OPA bundle built by
 * {@code opa build -t wasm}, or a bundle built by {@code rampart build}. Implementations are listed in
 * {@link BundleLoaders#BUILT_IN} or registered through {@link java.util.ServiceLoader} (a
 * {@code META-INF/services/dev.rampart.engine.BundleLoader} file).
 */
public interface BundleLoader {

    /** A short name for messages and {@code --help}, e.g. {@code OPA bundle}. */
    String kind();

    /** Whether {@code file} is a bundle of this kind (cheaply: by name or its first bytes). */
    boolean accepts(Path file);

    /**
     * Reads the bundle.
     *
     * @param file    the bundle file
     * @param display how messages name it (the path as the user gave it)
     */
    PolicySet load(Path file, String display);
}
