package dev.rampart.wasm.value;

import dev.rampart.RampartException;

/** A JSON or YAML document that cannot be read; the message names the line and column of the problem. */
public final class InvalidDocumentException extends RampartException {
    public InvalidDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
