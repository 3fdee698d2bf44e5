package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.Value;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * What a built-in may know about the evaluation calling it: the evaluation's clock reading (constant for
 * the whole evaluation, as {@code time.now_ns} is in OPA), where {@code print} goes, whether built-in
 * errors are strict, the allocation meter, and the per-evaluation memo of non-deterministic built-ins
 * ({@code rand.intn} and {@code uuid.rfc4122} give the same answer for the same operands within one
 * evaluation). One context per evaluation; not thread-safe.
 */
public final class BuiltinContext {
    private final long nowNanos;
    private final PrintSink printSink;
    private final boolean strict;
    private final AllocationMeter meter;
    private RandomGenerator random; // created on first use: most evaluations never need one
    private final Map<List<Value>, Value> memo = new HashMap<>();

    private BuiltinContext(Builder b) {
        this.nowNanos = b.nowNanos != null ? b.nowNanos : nanosOf(b.clock);
        this.printSink = b.printSink;
        this.strict = b.strict;
        this.meter = b.meter;
        this.random = b.random;
    }

    private static long nanosOf(Clock clock) {
        Instant now = clock.instant();
        return Math.addExact(Math.multiplyExact(now.getEpochSecond(), 1_000_000_000L), now.getNano());
    }

    /** A builder with OPA's defaults: the system clock, stderr, non-strict, no budget. */
    public static Builder builder() {
        return new Builder();
    }

    /** A context with the defaults, read now. */
    public static BuiltinContext standard() {
        return builder().build();
    }

    /** Nanoseconds since the Unix epoch when the evaluation started. */
    public long nowNanos() {
        return nowNanos;
    }

    public PrintSink printSink() {
        return printSink;
    }

    /** Whether built-in errors abort the evaluation instead of making the expression undefined. */
    public boolean strict() {
        return strict;
    }

    public AllocationMeter meter() {
        return meter;
    }

    /** Charges {@code bytes} to the allocation meter. */
    public void charge(long bytes) {
        meter.charge(bytes);
    }

    RandomGenerator random() {
        if (random == null) {
            random = new SecureRandom();
        }
        return random;
    }

    /** The memoised result for {@code key}, computing it on first use within this evaluation. */
    Value memoize(List<Value> key, Supplier<Value> compute) {
        Value v = memo.get(key);
        if (v == null) {
            v = compute.get();
            memo.put(key, v);
        }
        return v;
    }

    /** Configures a context. */
    public static final class Builder {
        private Long nowNanos;
        private Clock clock = Clock.systemUTC();
        private PrintSink printSink = PrintSink.stderr();
        private boolean strict;
        private AllocationMeter meter = AllocationMeter.UNLIMITED;
        private RandomGenerator random;

        private Builder() {}

        /** Fixes {@code time.now_ns} (tests, reproducible runs). */
        public Builder nowNanos(long nanos) {
            this.nowNanos = nanos;
            return this;
        }

        /** Reads {@code time.now_ns} from {@code clock} when the context is built. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public Builder printSink(PrintSink sink) {
            this.printSink = Objects.requireNonNull(sink);
            return this;
        }

        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        public Builder meter(AllocationMeter meter) {
            this.meter = Objects.requireNonNull(meter);
            return this;
        }

        /** The source of {@code rand.intn} and {@code uuid.rfc4122} (a seeded one makes runs reproducible). */
        public Builder random(RandomGenerator random) {
            this.random = Objects.requireNonNull(random);
            return this;
        }

        public BuiltinContext build() {
            return new BuiltinContext(this);
        }
    }
}
