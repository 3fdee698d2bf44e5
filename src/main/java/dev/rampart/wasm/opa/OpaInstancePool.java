package dev.rampart.wasm.opa;

import com.styra.opa.wasm.OpaPolicy;
import dev.rampart.wasm.value.Value;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Instances of one OPA module, each used by one evaluation at a time. Building an instance compiles the
 * module to JVM bytecode (0.1–0.2 s warm), so instances are kept and reused; at most {@code size} exist,
 * and a caller beyond that waits. opa-java-wasm's own pool cannot remember which data document an instance
 * holds, which is what lets evaluations skip reloading it; hence this one.
 */
final class OpaInstancePool {

    /** A policy instance and the data document last loaded into its memory (compared by identity). */
    static final class Instance {
        private final OpaPolicy policy;
        private Value loadedData;

        private Instance(OpaPolicy policy) {
            this.policy = policy;
        }

        OpaPolicy policy() {
            return policy;
        }

        Value loadedData() {
            return loadedData;
        }

        void loadedData(Value v) {
            loadedData = v;
        }
    }

    private final Supplier<OpaPolicy> factory;
    private final ConcurrentLinkedDeque<Instance> idle = new ConcurrentLinkedDeque<>();
    private final Semaphore permits;

    OpaInstancePool(Supplier<OpaPolicy> factory, int size) {
        this.factory = factory;
        this.permits = new Semaphore(size);
    }

    /** An idle instance, or a new one; waits while {@code size} instances are in use. */
    Instance borrow() {
        permits.acquireUninterruptibly();
        Instance i = idle.pollFirst();
        if (i != null) {
            return i;
        }
        try {
            return new Instance(factory.get());
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Returns a healthy instance for reuse. */
    void release(Instance i) {
        idle.offerFirst(i);
        permits.release();
    }

    /** Drops an instance whose state is unknown (its evaluation failed); a new one is built when needed. */
    void discard(Instance i) {
        permits.release();
    }
}
