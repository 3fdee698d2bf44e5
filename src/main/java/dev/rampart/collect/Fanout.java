package dev.rampart.collect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent pieces of work at once, one virtual thread each, and waits for all of them. The API
 * calls inside still queue for the run's concurrency limit ({@link Calls}), so fanning out is cheap and never
 * exceeds it; waiting threads hold no call slot, so nested fan-outs cannot deadlock.
 */
final class Fanout {
    private Fanout() {}

    /** {@code work} applied to every item, in the items' order. */
    static <T, R> List<R> map(Collection<T> items, Function<? super T, ? extends R> work) {
        if (items.size() <= 1) {
            List<R> out = new ArrayList<>();
            items.forEach(i -> out.add(work.apply(i)));
            return out;
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(threads.submit(() -> work.apply(item)));
            }
            List<R> out = new ArrayList<>();
            for (Future<R> f : futures) {
                out.add(join(f));
            }
            return out;
        }
    }

    /** Runs every task at once and waits for all. */
    static void run(List<Runnable> tasks) {
        map(tasks, t -> {
            t.run();
            return null;
        });
    }

    private static <R> R join(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while collecting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
