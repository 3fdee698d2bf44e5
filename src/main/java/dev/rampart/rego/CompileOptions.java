package dev.rampart.rego;

/**
 * How to compile.
 *
 * @param v0Compatible parse modules as Rego v0 ({@code p { … }}, {@code p[x] { … }}, future keywords by
 *                     import), as OPA's {@code --v0-compatible}; modules importing {@code rego.v1} stay v1
 * @param enablePrint  keep {@code print(…)} calls (OPA erases them unless print statements are enabled)
 * @param maxErrors    stop after this many errors (OPA's default is 10); 0 or less for no limit
 * @param numberTests  give every definition of a {@code test_*} rule a name of its own ({@code test_x},
 *                     {@code test_x#01}, …), as {@code opa test} does, so that each runs as a test
 */
public record CompileOptions(boolean v0Compatible, boolean enablePrint, int maxErrors, boolean numberTests) {

    /** Rego v1, print kept, at most 10 errors. */
    public static final CompileOptions DEFAULT = new CompileOptions(false, true, 10, false);

    public CompileOptions withV0Compatible(boolean v0) {
        return new CompileOptions(v0, enablePrint, maxErrors, numberTests);
    }

    public CompileOptions withMaxErrors(int n) {
        return new CompileOptions(v0Compatible, enablePrint, n, numberTests);
    }

    public CompileOptions withEnablePrint(boolean p) {
        return new CompileOptions(v0Compatible, p, maxErrors, numberTests);
    }

    public CompileOptions withNumberedTests(boolean n) {
        return new CompileOptions(v0Compatible, enablePrint, maxErrors, n);
    }
}
