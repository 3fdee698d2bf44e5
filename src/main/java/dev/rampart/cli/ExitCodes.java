package dev.rampart.cli;

/** Rampart's exit codes; CI gates depend on them, so they never change meaning. */
public final class ExitCodes {
    /** No finding at or above the failure threshold. */
    public static final int OK = 0;
    /** Findings at or above the failure threshold (or failing policy tests). */
    public static final int FINDINGS = 1;
    /** Usage, configuration, policy or input error. */
    public static final int ERROR = 2;
    /** The scan could not see everything (collection or resolution gaps) and partial results were not allowed. */
    public static final int INCOMPLETE = 3;

    private ExitCodes() {}
}
