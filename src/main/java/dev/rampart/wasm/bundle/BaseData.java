package dev.rampart.wasm.bundle;

import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;

/**
 * A bundle's own {@code data.json} and the data a caller passes, merged once per distinct caller document: a
 * scan passes the same data object to every policy, so the merge (and, for OPA bundles, the copy into Wasm
 * memory that follows it) happens once per scan instead of once per evaluation.
 */
public final class BaseData {

    private record Merged(Value callerData, Value result) {}

    private final Value bundleData;
    private final String bundleName;
    private volatile Merged last;

    public BaseData(Value bundleData, String bundleName) {
        this.bundleData = bundleData == null ? ObjectValue.EMPTY : bundleData;
        this.bundleName = bundleName;
    }

    /** The bundle's own data. */
    public Value bundleData() {
        return bundleData;
    }

    /**
     * The bundle's data merged with {@code callerData} (null or empty: the bundle's data alone); the same
     * object for the same caller document, so callers can compare results by identity.
     */
    public Value with(Value callerData) {
        if (callerData == null || callerData == ObjectValue.EMPTY) {
            return bundleData;
        }
        Merged m = last;
        if (m != null && m.callerData() == callerData) {
            return m.result();
        }
        Value merged = DataDocuments.merge(bundleData, callerData, bundleName + " data.json", "the data given");
        last = new Merged(callerData, merged);
        return merged;
    }
}
