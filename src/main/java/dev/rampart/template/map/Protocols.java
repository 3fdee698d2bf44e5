package dev.rampart.template.map;

import java.util.Locale;

/**
 * IP protocols as the snapshot writes them: {@code all} (AWS's {@code -1}), {@code tcp}, {@code udp},
 * {@code icmp}, {@code icmpv6}, or the protocol number.
 */
final class Protocols {
    private Protocols() {}

    static final String ALL = "all";

    static String normalize(String text) {
        String p = text.trim().toLowerCase(Locale.ROOT);
        switch (p) {
            case "-1", "all" -> {
                return ALL;
            }
            case "6", "tcp" -> {
                return "tcp";
            }
            case "17", "udp" -> {
                return "udp";
            }
            case "1", "icmp" -> {
                return "icmp";
            }
            case "58", "icmpv6" -> {
                return "icmpv6";
            }
            default -> {
                try {
                    return Integer.toString(Integer.parseInt(p));
                } catch (NumberFormatException e) {
                    return p;
                }
            }
        }
    }

    /** Whether the protocol has ports (or, for ICMP, type and code) that narrow a rule. */
    static boolean hasPorts(String protocol) {
        return protocol.equals("tcp") || protocol.equals("udp") || protocol.equals("icmp") || protocol.equals("icmpv6");
    }

    static boolean isIcmp(String protocol) {
        return protocol.equals("icmp") || protocol.equals("icmpv6");
    }
}
