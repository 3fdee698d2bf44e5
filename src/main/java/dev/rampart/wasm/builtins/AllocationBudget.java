package dev.rampart.wasm.builtins;

/** An {@link AllocationMeter} with a fixed budget for one evaluation; not thread-safe, like an evaluation. */
public final class AllocationBudget implements AllocationMeter {
    private final long limit;
    private long used;

    /** A budget of {@code limitBytes} (estimated heap bytes). */
    public AllocationBudget(long limitBytes) {
        if (limitBytes < 0) {
            throw new IllegalArgumentException("budget must not be negative");
        }
        this.limit = limitBytes;
    }

    @Override
    public void charge(long bytes) {
        long next = used + Math.max(bytes, 0);
        if (next > limit || next < 0) {
            throw new AllocationBudgetExceededException(limit, next < 0 ? Long.MAX_VALUE : next);
        }
        used = next;
    }

    /** How much has been charged so far. */
    public long used() {
        return used;
    }

    /** The budget. */
    public long limit() {
        return limit;
    }

    /** Forgets what was charged, for the next evaluation. */
    public void reset() {
        used = 0;
    }
}
