package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.StringValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code semver.compare} and {@code semver.is_valid} with OPA's parser: {@code MAJOR.MINOR.PATCH}, an
 * optional {@code -prerelease} and {@code +build}; numeric pre-release identifiers sort before others,
 * a release sorts after its pre-releases, build metadata is ignored.
 */
final class SemverBuiltins {
    private static final Pattern IDENTIFIER = Pattern.compile("[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*");

    private SemverBuiltins() {}

    /** A parsed version. */
    record Version(long major, long minor, long patch, List<String> preRelease) {}

    static void register(Registry r) {
        r.function("semver.compare", 2, (ctx, a) -> {
            String x = Operands.string(a[0], 1);
            String y = Operands.string(a[1], 2);
            Version vx = parse(x);
            if (vx == null) {
                throw BuiltinError.failure("operand 1: string " + StringValue.of(x) + " is not a valid SemVer");
            }
            Version vy = parse(y);
            if (vy == null) {
                throw BuiltinError.failure("operand 2: string " + StringValue.of(y) + " is not a valid SemVer");
            }
            return NumberValue.of(compare(vx, vy));
        });
        r.function("semver.is_valid", 1, (ctx, a) -> BooleanValue.of(a[0] instanceof StringValue s && parse(s.value()) != null));
    }

    /** The version, or null when {@code s} is not one. */
    static Version parse(String s) {
        String rest = s;
        int plus = rest.indexOf('+');
        String metadata = "";
        if (plus >= 0) {
            metadata = rest.substring(plus + 1);
            rest = rest.substring(0, plus);
        }
        int dash = rest.indexOf('-');
        String pre = "";
        if (dash >= 0) {
            pre = rest.substring(dash + 1);
            rest = rest.substring(0, dash);
        }
        String[] parts = rest.split("\\.", 3);
        if (parts.length != 3) {
            return null;
        }
        if ((!pre.isEmpty() && !IDENTIFIER.matcher(pre).matches()) || (!metadata.isEmpty() && !IDENTIFIER.matcher(metadata).matches())) {
            return null;
        }
        long[] numbers = new long[3];
        for (int i = 0; i < 3; i++) {
            String p = parts[i].startsWith("+") ? parts[i].substring(1) : parts[i];
            if (p.isEmpty() || p.length() > 19 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            try {
                numbers[i] = Long.parseLong(p);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Version(numbers[0], numbers[1], numbers[2], pre.isEmpty() ? List.of() : List.of(pre.split("\\.")));
    }

    static int compare(Version a, Version b) {
        int c = Long.compare(a.major(), b.major());
        if (c == 0) {
            c = Long.compare(a.minor(), b.minor());
        }
        if (c == 0) {
            c = Long.compare(a.patch(), b.patch());
        }
        if (c != 0) {
            return Integer.signum(c);
        }
        if (a.preRelease().isEmpty() != b.preRelease().isEmpty()) {
            return a.preRelease().isEmpty() ? 1 : -1;
        }
        return comparePreRelease(a.preRelease(), b.preRelease());
    }

    private static int comparePreRelease(List<String> a, List<String> b) {
        for (int i = 0; ; i++) {
            if (i == a.size() || i == b.size()) {
                return Integer.compare(a.size(), b.size());
            }
            String x = a.get(i);
            String y = b.get(i);
            Long nx = number(x);
            Long ny = number(y);
            if (nx != null && ny == null) {
                return -1;
            }
            if (nx == null && ny != null) {
                return 1;
            }
            int c = nx != null ? Long.compare(nx, ny) : x.compareTo(y);
            if (c != 0) {
                return Integer.signum(c);
            }
        }
    }

    private static Long number(String s) {
        if (s.isEmpty() || s.length() > 18 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.parseLong(s);
    }
}
