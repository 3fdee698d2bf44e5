package dev.rampart.cli;

import dev.rampart.RampartException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes given on the command line: {@code 1048576}, {@code 512KB}, {@code 50MB}, {@code 1GB}. */
final class ByteSizes {
    private ByteSizes() {}

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|K|MB|M|GB|G)?");

    static long parse(String text, String option) {
        Matcher m = SIZE.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new RampartException(option + ": \"" + text + "\" is not a size (e.g. 50MB)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2);
        long factor = switch (unit) {
            case "K", "KB" -> 1024L;
            case "M", "MB" -> 1024L * 1024;
            case "G", "GB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        if (n <= 0 || n > Long.MAX_VALUE / factor) {
            throw new RampartException(option + ": \"" + text + "\" is out of range");
        }
        return n * factor;
    }
}
