package dev.rampart.wasm.abi;

/**
 * How modules and the host number values. Handle 0 is "undefined". Constant {@code i} of the module has
 * handle {@code i + 1} for the whole life of an instance, and constants 0–2 are {@code false},
 * {@code true} and {@code null}: the host gives every boolean it produces the constant's handle, so a
 * module tests truth by comparing handles, without a call. Handles above the constants are allocated per
 * evaluation and die with it.
 */
public final class Handles {
    public static final int UNDEFINED = 0;
    public static final int FALSE = 1;
    public static final int TRUE = 2;
    public static final int NULL = 3;

    /** Codes of {@link HostImport#MAKE} and {@link HostImport#IS_COLLECTION}. */
    public static final int ARRAY = 0;
    public static final int OBJECT = 1;
    public static final int SET = 2;
    /** {@link HostImport#IS_COLLECTION} only: any of the three. */
    public static final int ANY_COLLECTION = 3;

    private Handles() {}

    /** The handle of constant {@code index}. */
    public static int constant(int index) {
        return index + 1;
    }
}
