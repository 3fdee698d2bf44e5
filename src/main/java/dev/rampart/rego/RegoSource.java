package dev.rampart.rego;

import java.util.Objects;

/** A Rego module's text and the name it is reported under (usually its file path). */
public record RegoSource(String name, String text) {
    public RegoSource {
        Objects.requireNonNull(name);
        Objects.requireNonNull(text);
    }
}
