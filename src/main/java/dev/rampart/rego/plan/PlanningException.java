package dev.rampart.rego.plan;

import dev.rampart.RampartException;
import dev.rampart.rego.Location;

/** A construct the planner cannot lower; names where it is in the Rego source. */
public final class PlanningException extends RampartException {
    private final Location location;

    public PlanningException(Location location, String message) {
        super((location == null || location == Location.NONE ? "" : location + ": ") + message);
        this.location = location;
    }

    public Location location() {
        return location;
    }
}
