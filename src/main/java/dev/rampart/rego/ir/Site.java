package dev.rampart.rego.ir;

import dev.rampart.rego.Location;

/** A place where evaluation can fail with an error: its source location and the message it raises. */
public record Site(Location location, String message) {}
