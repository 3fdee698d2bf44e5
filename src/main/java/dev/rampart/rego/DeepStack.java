package dev.rampart.rego;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs recursive work over Rego syntax trees on threads with a large stack. The parser bounds nesting, but
 * a policy nested to that bound still needs more stack than a default thread has (the compiler walks the
 * tree recursively); the memory is only committed when actually used.
 */
public final class DeepStack {

    /** Stack size of the worker threads. */
    static final long STACK_BYTES = 256L << 20;

    private static final AtomicInteger COUNT = new AtomicInteger();

    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "rego-compiler-" + COUNT.incrementAndGet(), STACK_BYTES);
        t.setDaemon(true);
        return t;
    });

    private DeepStack() {}

    /** The value of {@code work}, computed on a large-stack thread; its exceptions are rethrown here. */
    public static <T> T call(Supplier<T> work) {
        if (Thread.currentThread().getName().startsWith("rego-compiler-")) {
            return work.get();
        }
        Future<T> f = POOL.submit(work::get);
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling Rego", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
