package dev.rampart.rego.ast;

import dev.rampart.rego.Location;

/** A {@code #} comment; the text excludes the {@code #}. */
public record Comment(String text, Location location) {}
