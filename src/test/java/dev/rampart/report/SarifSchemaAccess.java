package dev.rampart.report;

import java.nio.file.Path;

/** {@link SarifSchema} for tests of other packages. */
public final class SarifSchemaAccess {
    private SarifSchemaAccess() {}

    public static Path file() {
        return SarifSchema.file();
    }

    public static void assertValid(String sarif) {
        SarifSchema.assertValid(sarif);
    }
}
