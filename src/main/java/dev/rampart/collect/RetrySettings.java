package dev.rampart.collect;

import java.time.Duration;

/**
 * How hard the collector tries before a call becomes a gap: attempts per call (AWS's adaptive retry mode,
 * which also slows the client down while a service throttles), the exponential backoff between attempts,
 * and the time limits of one attempt and of the whole call including retries.
 *
 * @param maxAttempts attempts per call, the first included
 * @param baseDelay base of the exponential backoff after an ordinary retryable error (5xx, timeouts)
 * @param throttlingBaseDelay base of the backoff after a throttling error (AWS recommends a longer one)
 * @param maxDelay the longest wait between two attempts
 * @param attemptTimeout the longest one HTTP attempt may take
 * @param callTimeout the longest a call may take, retries included
 */
public record RetrySettings(
        int maxAttempts,
        Duration baseDelay,
        Duration throttlingBaseDelay,
        Duration maxDelay,
        Duration attemptTimeout,
        Duration callTimeout) {

    /** The defaults: 5 attempts, 100 ms / 1 s backoff bases up to 20 s, 30 s per attempt, 3 minutes per call. */
    public static final RetrySettings DEFAULT = new RetrySettings(5, Duration.ofMillis(100), Duration.ofSeconds(1),
            Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofMinutes(3));

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The same settings with another number of attempts. */
    public RetrySettings withMaxAttempts(int attempts) {
        return new RetrySettings(attempts, baseDelay, throttlingBaseDelay, maxDelay, attemptTimeout, callTimeout);
    }

    /** The same settings with another per-attempt time limit (the call limit grows to fit every attempt). */
    public RetrySettings withAttemptTimeout(Duration timeout) {
        Duration call = callTimeout.compareTo(timeout.multipliedBy(maxAttempts)) < 0
                ? timeout.multipliedBy(maxAttempts).plus(maxDelay.multipliedBy(maxAttempts))
                : callTimeout;
        return new RetrySettings(maxAttempts, baseDelay, throttlingBaseDelay, maxDelay, timeout, call);
    }
}
