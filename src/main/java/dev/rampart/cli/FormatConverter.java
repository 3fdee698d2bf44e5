package dev.rampart.cli;

import dev.rampart.report.Format;
import java.nio.file.Path;
import picocli.CommandLine;

/** {@code --format FORMAT} and {@code --output FORMAT=FILE}. */
final class FormatConverter implements CommandLine.ITypeConverter<Format> {

    @Override
    public Format convert(String value) {
        Format f = Format.parse(value);
        if (f == null) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of text, json, sarif, junit");
        }
        return f;
    }

    /** One {@code --output FORMAT=FILE}. */
    record Output(Format format, Path file) {}

    /** Parses {@code FORMAT=FILE}. */
    static final class OutputConverter implements CommandLine.ITypeConverter<Output> {
        @Override
        public Output convert(String value) {
            int eq = value.indexOf('=');
            if (eq <= 0 || eq == value.length() - 1) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not FORMAT=FILE (e.g. sarif=rampart.sarif)");
            }
            return new Output(new FormatConverter().convert(value.substring(0, eq)), Path.of(value.substring(eq + 1)));
        }
    }
}
