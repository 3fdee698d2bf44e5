package dev.rampart.rego.conformance;

/**
 * Whether a case passed; when not, why, in one line, under a short cause that failures are grouped by
 * ({@code wrong result}, {@code compile error}, {@code planner}, …), and the actual and expected values in full
 * for {@code -Drampart.conformance.only} runs.
 */
record Verdict(boolean pass, String cause, String reason, String actual, String expected) {

    static Verdict pass(String actual, String expected) {
        return new Verdict(true, "", "", actual, expected);
    }

    static Verdict fail(String cause, String reason, String actual, String expected) {
        return new Verdict(false, cause, reason, actual, expected);
    }

    /** The reason cut to one line of readable length. */
    String oneLine() {
        String r = (cause + ": " + reason).replace('\n', ' ');
        return r.length() > 300 ? r.substring(0, 297) + "..." : r;
    }
}
