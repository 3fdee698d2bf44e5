package dev.rampart.collect;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Live counters of one collection, safe to read from another thread while it runs (the CLI draws its
 * progress line from them, the benchmark reports them). Holds counts only, never names or messages.
 */
public final class CollectionProgress {
    private final AtomicLong tasksPlanned = new AtomicLong();
    private final AtomicLong tasksDone = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong attempts = new AtomicLong();
    private final AtomicLong resources = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    /** A point-in-time copy of the counters. */
    public record Counts(long tasksPlanned, long tasksDone, long calls, long attempts, long resources, long errors) {}

    public Counts counts() {
        return new Counts(tasksPlanned.get(), tasksDone.get(), calls.get(), attempts.get(), resources.get(),
                errors.get());
    }

    void planTasks(long n) {
        tasksPlanned.addAndGet(n);
    }

    void taskDone() {
        tasksDone.incrementAndGet();
    }

    /** One API call (one page of a listing) made, however many HTTP attempts it took. */
    void callMade() {
        calls.incrementAndGet();
    }

    /** One HTTP request sent, retries included. */
    void attemptSent() {
        attempts.incrementAndGet();
    }

    void resourcesFound(long n) {
        resources.addAndGet(n);
    }

    /** One call failed for good (it became a gap). */
    void errorRecorded() {
        errors.incrementAndGet();
    }
}
