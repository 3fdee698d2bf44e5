package dev.rampart.cli;

import dev.rampart.engine.Severity;
import picocli.CommandLine;

/** {@code --fail-on}: a severity, or {@code never} (held as null). */
final class FailOn implements CommandLine.ITypeConverter<FailOn.Threshold> {

    /** The threshold; {@code severity} null means never. */
    record Threshold(Severity severity) {}

    @Override
    public Threshold convert(String value) {
        if (value.equalsIgnoreCase("never")) {
            return new Threshold(null);
        }
        Severity s = Severity.parse(value);
        if (s == null) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not one of critical, high, medium, low, info, never");
        }
        return new Threshold(s);
    }
}
