package dev.rampart.wasm.builtins;

/**
 * Counts what an evaluation allocates so that a budget can stop a policy that explodes. Built-ins that
 * can produce large results ({@code numbers.range}, {@code net.cidr_expand}, {@code strings.repeat}-like
 * string building, {@code sprintf} widths, JSON/YAML decoding) charge before they allocate.
 *
 * <p>The unit is an estimate of heap bytes: about 16 per value produced plus 2 per character.
 */
@FunctionalInterface
public interface AllocationMeter {
    /** A meter that never refuses. */
    AllocationMeter UNLIMITED = bytes -> {};

    /**
     * Records that about {@code bytes} are about to be allocated.
     *
     * @throws AllocationBudgetExceededException when that would go over the budget
     */
    void charge(long bytes);

    /** Bytes charged for one value in a collection. */
    long BYTES_PER_VALUE = 16;

    /** Bytes charged for one character of a string. */
    long BYTES_PER_CHAR = 2;
}
