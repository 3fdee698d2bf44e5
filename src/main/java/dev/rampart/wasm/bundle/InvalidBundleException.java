package dev.rampart.wasm.bundle;

import dev.rampart.RampartException;

/** A bundle that cannot be read or used: not an archive, a path that escapes it, an entry too large, a bad manifest. */
public final class InvalidBundleException extends RampartException {
    public InvalidBundleException(String message) {
        super(message);
    }

    public InvalidBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
