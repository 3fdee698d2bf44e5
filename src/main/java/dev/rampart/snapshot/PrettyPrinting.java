package dev.rampart.snapshot;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * How documents are laid out: two-space indent, {@code \n} line ends whatever the platform,
 * {@code "key": value}, {@code []} and {@code {}} when empty. Kept apart from {@link SnapshotJson} so that
 * writing a snapshot does not load Jackson databind.
 */
final class PrettyPrinting {
    private PrettyPrinting() {}

    static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }
}
