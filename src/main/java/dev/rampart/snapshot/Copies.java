package dev.rampart.snapshot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Immutable copies for record components that, unlike {@link List#copyOf}, keep {@code null}
 * elements and {@code null} values: an unknown list element or tag value is {@code null} in a snapshot.
 */
public final class Copies {
    private Copies() {}

    /** An unmodifiable copy, or {@code null} for an unknown list. */
    public static <T> List<T> list(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** An unmodifiable copy sorted by key (so output is deterministic), or {@code null} for an unknown map. */
    public static <V> Map<String, V> sortedMap(Map<String, V> map) {
        return map == null ? null : Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
