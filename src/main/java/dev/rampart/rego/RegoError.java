package dev.rampart.rego;

import java.util.Objects;

/** One problem found while parsing or compiling Rego, with OPA's error code and the place it was found. */
public record RegoError(ErrorCode code, String message, Location location) {

    public RegoError {
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
        location = location == null ? Location.NONE : location;
    }

    /** The error as {@code rampart check} prints it: {@code file:line:col: code: message}. */
    public String format() {
        return location + ": " + code.opaName() + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
