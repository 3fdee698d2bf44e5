package dev.rampart.report;

import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Location;

/** How reports write places: {@code file:line} for templates, {@code account/region} for live resources. */
final class Locations {
    private Locations() {}

    /** {@code file:line}, {@code file}, or null when the location has no file. */
    static String fileLine(Location at) {
        if (at == null || at.file() == null) {
            return null;
        }
        return at.line() == null ? at.file() : at.file() + ":" + at.line();
    }

    /** A live resource's place: its ARN, or {@code account/region}. */
    static String live(String account, String region, String arn) {
        if (arn != null) {
            return arn;
        }
        if (account == null && region == null) {
            return null;
        }
        return (account == null ? "?" : account) + "/" + (region == null ? "?" : region);
    }

    /** One line about a gap. */
    static String describe(Gap g) {
        StringBuilder b = new StringBuilder();
        if (g.kind() == Gap.Kind.COLLECTION) {
            b.append(g.api()).append(" in ").append(g.account()).append(g.region() == null ? "" : "/" + g.region())
                    .append(" failed (").append(g.errorCode()).append(")");
            if (g.resource() != null) {
                b.append(" for ").append(g.resource());
            }
            b.append(": ").append(g.reason());
        } else {
            if (g.resource() != null) {
                b.append(g.resource()).append(g.field() == null ? "" : g.field()).append(": ");
            }
            b.append(g.reason());
            String at = fileLine(g.location());
            if (at != null) {
                b.append(" (").append(at).append(')');
            }
        }
        return b.toString();
    }
}
