package dev.rampart.wasm.builtins;

import dev.rampart.RampartException;

/**
 * An evaluation tried to allocate more than its budget. This is not a {@link BuiltinError}: it always
 * aborts the evaluation, strict or not, so that an exploding policy cannot hide behind "undefined".
 */
public final class AllocationBudgetExceededException extends RampartException {
    private final long limit;
    private final long requested;

    public AllocationBudgetExceededException(long limit, long requested) {
        super("evaluation exceeded its allocation budget of " + limit + " bytes (needed about " + requested + ")");
        this.limit = limit;
        this.requested = requested;
    }

    public long limit() {
        return limit;
    }

    public long requested() {
        return requested;
    }
}
