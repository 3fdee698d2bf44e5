package dev.rampart.engine;

/**
 * Somewhere policies come from: the built-in set in the jar ({@link BuiltinPolicies}), a directory of Rego
 * ({@link PolicyDirectory}), or a bundle file ({@link BundleLoaders}).
 */
public interface PolicySource {

    /** How messages name it, e.g. {@code policies/} or {@code built-in policies}. */
    String name();

    /**
     * Reads it.
     *
     * @throws PolicyException (or another {@link dev.rampart.RampartException}) naming the file that cannot be read
     */
    PolicySet load();
}
