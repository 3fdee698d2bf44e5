package dev.rampart.engine;

import dev.rampart.RampartException;

/** A policy set Rampart cannot use: Rego that does not compile, metadata the contract requires, a bad result. */
public final class PolicyException extends RampartException {
    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
