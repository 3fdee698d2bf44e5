package dev.rampart.collect;

import dev.rampart.snapshot.Gap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Makes API calls for one account and region: each call (each page of a listing) waits for a slot of the
 * run's concurrency limit, is counted, and when it still fails after the SDK's retries becomes a gap
 * (account, region, the {@link Api} it was, a code and a scrubbed reason) instead of an exception.
 * Collection then goes on with everything else.
 */
final class Calls {
    /** A listing longer than this is treated as a malformed response (a service repeating its page token). */
    static final int MAX_PAGES = 10_000;

    /**
     * A resource field a failed call leaves unknown, so its gap can name it.
     *
     * @param resource the resource's snapshot id
     * @param field JSON pointer inside it, or null when the call concerns the whole resource
     */
    record Target(String resource, String field) {}

    private final Semaphore slots;
    private final CollectionProgress progress;
    private final SecretScrubber scrubber;
    private final String account;
    private final String region;
    private final Consumer<Gap> gaps;

    Calls(Semaphore slots, CollectionProgress progress, SecretScrubber scrubber, String account, String region,
            Consumer<Gap> gaps) {
        this.slots = slots;
        this.progress = progress;
        this.scrubber = scrubber;
        this.account = account;
        this.region = region;
        this.gaps = gaps;
    }

    /** The same limits and counters for another account and region. */
    Calls forScope(String otherAccount, String otherRegion, Consumer<Gap> otherGaps) {
        return new Calls(slots, progress, scrubber, otherAccount, otherRegion, otherGaps);
    }

    SecretScrubber scrubber() {
        return scrubber;
    }

    /**
     * Makes one call. Returns its response, or null when it failed: then a gap is recorded for each of
     * {@code targets} (or one gap naming no resource when there are none).
     *
     * @param what what the call was to read, for the gap's reason (e.g. {@code "route tables"})
     */
    <T> T one(Api api, String what, List<Target> targets, Supplier<T> call) {
        slots.acquireUninterruptibly();
        try {
            progress.callMade();
            return call.get();
        } catch (RuntimeException e) {
            fail(api, what, targets, e);
            return null;
        } finally {
            slots.release();
        }
    }

    /**
     * Reads every page of a listing. Returns the pages, or null when any page failed: a listing is used whole
     * or not at all, so that a missing page can never make the rest look complete (a subnet whose route table
     * was on a failed page would otherwise seem to use its VPC's main route table).
     */
    <P> List<P> pages(Api api, String what, List<Target> targets, Iterable<P> listing) {
        List<P> pages = new ArrayList<>();
        Iterator<P> it;
        try {
            it = listing.iterator();
        } catch (RuntimeException e) {
            fail(api, what, targets, e);
            return null;
        }
        while (true) {
            slots.acquireUninterruptibly();
            try {
                if (!it.hasNext()) {
                    return pages;
                }
                if (pages.size() >= MAX_PAGES) {
                    throw new MalformedResponseException("more than " + MAX_PAGES + " pages; the service keeps"
                            + " returning a next-page token");
                }
                progress.callMade();
                pages.add(it.next());
            } catch (RuntimeException e) {
                fail(api, what, targets, e);
                return null;
            } finally {
                slots.release();
            }
        }
    }

    /** Records a gap for a response that lacks something AWS always sends. */
    void malformed(Api api, String what, String problem) {
        fail(api, what, List.of(), new MalformedResponseException(problem));
    }

    /** A gap's reason: what could not be read, and why. */
    static String reason(String what, CallFailure failure) {
        return what + " could not be collected: " + failure.reason();
    }

    /** The cause part of a gap reason made by {@link #reason}. */
    static String cause(Gap gap, String what) {
        String prefix = what + " could not be collected: ";
        return gap.reason().startsWith(prefix) ? gap.reason().substring(prefix.length()) : gap.reason();
    }

    private void fail(Api api, String what, List<Target> targets, RuntimeException e) {
        CallFailure failure = CallFailure.of(e, scrubber);
        progress.errorRecorded();
        String reason = reason(what, failure);
        if (targets.isEmpty()) {
            gaps.accept(new Gap(Gap.Kind.COLLECTION, null, null, reason, null, account, region, api.action(),
                    failure.errorCode()));
            return;
        }
        for (Target t : targets) {
            gaps.accept(new Gap(Gap.Kind.COLLECTION, t.resource(), t.field(), reason, null, account, region,
                    api.action(), failure.errorCode()));
        }
    }
}
