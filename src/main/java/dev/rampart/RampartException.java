package dev.rampart;

/**
 * A failure Rampart can explain to its user: bad input, configuration or policy.
 *
 * <p>Each stage throws its own subclasses; the CLI prints the message (which names the file, line or
 * resource) and exits with code 2. Anything else that escapes is a bug and is reported as one.
 */
public class RampartException extends RuntimeException {
    public RampartException(String message) {
        super(message);
    }

    public RampartException(String message, Throwable cause) {
        super(message, cause);
    }
}
