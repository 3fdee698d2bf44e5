package dev.rampart.collect;

import dev.rampart.RampartException;

/**
 * Collection cannot start or cannot go on at all: no usable credentials, no region, an endpoint that is not
 * a URL, an account list that cannot be read. (A call that fails for one account or region is a gap
 * instead.) Messages are scrubbed of credentials.
 */
public final class CollectException extends RampartException {
    public CollectException(String message) {
        super(message);
    }
}
