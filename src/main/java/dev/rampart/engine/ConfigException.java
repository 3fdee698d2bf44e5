package dev.rampart.engine;

import dev.rampart.RampartException;

/** A configuration, suppressions or baseline file Rampart cannot use; the message names the file. */
public final class ConfigException extends RampartException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
