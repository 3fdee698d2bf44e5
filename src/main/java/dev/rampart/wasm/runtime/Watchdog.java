package dev.rampart.wasm.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The backstop behind the deadline: the host checks the deadline on every import call, which a module Rampart
 * emitted cannot avoid (every loop calls the host), but a module from elsewhere could loop without calling it.
 * One daemon thread looks at the running evaluations every {@value #PERIOD_MS} ms and interrupts those a
 * second past their deadline; Chicory's compiled code stops at the next branch or call when interrupted.
 */
final class Watchdog {
    private static final long PERIOD_MS = 100;
    private static final long GRACE_NANOS = 1_000_000_000L;
    private static final Map<Thread, Long> RUNNING = new ConcurrentHashMap<>();

    static {
        Thread t = new Thread(Watchdog::watch, "rampart-wasm-watchdog");
        t.setDaemon(true);
        t.start();
    }

    private Watchdog() {}

    /** The current thread evaluates until {@code deadlineNanos} ({@link System#nanoTime()}). */
    static void enter(long deadlineNanos) {
        RUNNING.put(Thread.currentThread(), deadlineNanos);
    }

    /** The current thread's evaluation ended; an interrupt the watchdog sent too late is cleared. */
    static void exit() {
        RUNNING.remove(Thread.currentThread());
        Thread.interrupted();
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            RUNNING.forEach((thread, deadline) -> {
                if (now - deadline > GRACE_NANOS) {
                    thread.interrupt();
                }
            });
        }
    }
}
