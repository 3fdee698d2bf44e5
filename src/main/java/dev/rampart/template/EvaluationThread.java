package dev.rampart.template;

import dev.rampart.template.tree.TemplateLimitException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs template evaluation on a thread with a large stack. Evaluation recurses through references; its
 * depth is bounded by {@link dev.rampart.template.resolve.EvaluationGuard}, and this stack leaves ample room
 * for that bound, so users see a limit message rather than a StackOverflowError.
 */
final class EvaluationThread {
    private EvaluationThread() {}

    private static final long STACK_BYTES = 256L * 1024 * 1024;

    static <T> T call(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.call());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "rampart-template", STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            t.interrupt();
            Thread.currentThread().interrupt();
            throw new TemplateException("interrupted while reading templates", e);
        }
        Throwable e = failure.get();
        if (e == null) {
            return result.get();
        }
        if (e instanceof StackOverflowError) {
            throw new TemplateLimitException("template references nest too deeply to evaluate");
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e instanceof Error err) {
            throw err;
        }
        throw new TemplateException(e.toString(), e);
    }
}
