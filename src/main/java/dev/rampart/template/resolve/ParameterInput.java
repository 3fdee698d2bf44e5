package dev.rampart.template.resolve;

/** Where a stack's parameter values come from: the command line, or a parent stack's Parameters property. */
@FunctionalInterface
public interface ParameterInput {
    /** The value given for parameter {@code name}, or null when none is given. */
    Value provided(String name);

    /** No values given: parameters fall back to their defaults. */
    ParameterInput NONE = name -> null;
}
