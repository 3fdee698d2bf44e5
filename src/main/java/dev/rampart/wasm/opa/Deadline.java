package dev.rampart.wasm.opa;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Stops an evaluation that runs past its timeout by interrupting the evaluating thread: Chicory's compiled
 * code checks the interrupt flag on calls and backward jumps and throws. OPA's module calls no host function
 * that could check a clock itself, so this is the only way to stop it.
 */
final class Deadline {

    private static final ScheduledExecutorService TIMER = timer();

    private final Thread thread = Thread.currentThread();
    private ScheduledFuture<?> task;
    private boolean done;
    private boolean fired;

    private Deadline() {}

    private static ScheduledExecutorService timer() {
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread th = new Thread(r, "rampart-opa-deadline");
            th.setDaemon(true);
            return th;
        });
        // Almost every deadline is cancelled long before it is due; without this, each would stay queued
        // until its time (10 s by default), and a busy scan would pile up millions of them.
        t.setRemoveOnCancelPolicy(true);
        return t;
    }

    /** Arms a deadline for the current thread. */
    static Deadline start(Duration timeout) {
        Deadline d = new Deadline();
        long nanos = timeout.isNegative() || timeout.isZero() ? 1 : Math.min(timeout.toNanos(), Long.MAX_VALUE / 2);
        d.task = TIMER.schedule(d::fire, nanos, TimeUnit.NANOSECONDS);
        return d;
    }

    private synchronized void fire() {
        if (!done) {
            fired = true;
            thread.interrupt();
        }
    }

    /** True when the deadline interrupted the thread. */
    synchronized boolean fired() {
        return fired;
    }

    /**
     * Disarms the deadline and clears the interrupt it may have set, so the thread (often a pooled one) is
     * not left interrupted for whatever it runs next.
     */
    void stop() {
        boolean clear;
        synchronized (this) {
            done = true;
            clear = fired;
        }
        task.cancel(false);
        if (clear) {
            Thread.interrupted();
        }
    }
}
