package dev.rampart.collect;

import java.util.Locale;

/**
 * IP protocols as the snapshot writes them (docs/snapshot.md): {@code all} for AWS's {@code -1}, the names
 * {@code tcp}, {@code udp}, {@code icmp}, {@code icmpv6} for their numbers, other protocols as their number.
 */
final class Protocols {
    private Protocols() {}

    static final String ALL = "all";

    static String normalize(String aws) {
        if (aws == null) {
            return null;
        }
        String p = aws.trim().toLowerCase(Locale.ROOT);
        return switch (p) {
            case "-1", "all" -> ALL;
            case "6", "tcp" -> "tcp";
            case "17", "udp" -> "udp";
            case "1", "icmp" -> "icmp";
            case "58", "icmpv6" -> "icmpv6";
            default -> p.matches("[0-9]+") ? Integer.toString(Integer.parseInt(p)) : p;
        };
    }

    /** Whether rules of this protocol are narrowed by ports (or, for ICMP, by type and code). */
    static boolean hasPorts(String protocol) {
        return switch (protocol) {
            case "tcp", "udp", "icmp", "icmpv6" -> true;
            default -> false;
        };
    }

    static boolean isIcmp(String protocol) {
        return protocol.equals("icmp") || protocol.equals("icmpv6");
    }
}
