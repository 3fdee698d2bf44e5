package dev.rampart.wasm.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An IP address or CIDR network as Go's {@code net} package reads and prints it. IPv4 addresses (and IPv6
 * addresses that map IPv4, {@code ::ffff:a.b.c.d}) live in a 32-bit space, other IPv6 addresses in a
 * 128-bit one; an address only belongs to a network of its own space, as in Go.
 *
 * @param base the first address (the network address for a CIDR)
 * @param prefix the prefix length ({@code bits} for a single address)
 * @param bits 32 or 128
 */
record IpNetwork(BigInteger base, int prefix, int bits) {
    private static final BigInteger V4_MAPPED_PREFIX = BigInteger.valueOf(0xFFFFL).shiftLeft(32);
    private static final BigInteger V4_MASK = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);

    /** The last address of the network. */
    BigInteger last() {
        return base.or(BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE));
    }

    /** How many addresses the network holds. */
    BigInteger size() {
        return BigInteger.ONE.shiftLeft(bits - prefix);
    }

    boolean contains(BigInteger address, int addressBits) {
        return addressBits == bits && address.compareTo(base) >= 0 && address.compareTo(last()) <= 0;
    }

    boolean contains(IpNetwork other) {
        return other.bits == bits && contains(other.base, bits) && contains(other.last(), bits);
    }

    /** Go's {@code IPNet.String()}: {@code 10.0.0.0/8}, {@code 2001:db8::/32}. */
    @Override
    public String toString() {
        return format(base, bits) + "/" + prefix;
    }

    /** Go's {@code net.ParseIP} as a one-address network, or null when {@code s} is not an address. */
    static IpNetwork parseAddress(String s) {
        if (s.indexOf(':') < 0) {
            BigInteger v4 = parseV4(s);
            return v4 == null ? null : new IpNetwork(v4, 32, 32);
        }
        BigInteger v6 = parseV6(s);
        if (v6 == null) {
            return null;
        }
        if (v6.shiftRight(32).equals(BigInteger.valueOf(0xFFFFL))) {
            return new IpNetwork(v6.and(V4_MASK), 32, 32);
        }
        return new IpNetwork(v6, 128, 128);
    }

    /** Go's {@code net.ParseCIDR}: the network with its host bits cleared, or null when invalid. */
    static IpNetwork parseCidr(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) {
            return null;
        }
        String addr = s.substring(0, slash);
        String len = s.substring(slash + 1);
        if (len.isEmpty() || len.length() > 9 || !len.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int prefix = Integer.parseInt(len);
        BigInteger value;
        int bits;
        if (addr.indexOf(':') < 0) {
            value = parseV4(addr);
            bits = 32;
        } else {
            value = parseV6(addr);
            bits = 128;
        }
        if (value == null || prefix > bits) {
            return null;
        }
        BigInteger masked = mask(value, prefix, bits);
        if (bits == 128 && masked.shiftRight(32).equals(BigInteger.valueOf(0xFFFFL))) {
            // Go compares a network on a mapped IPv4 address in IPv4 terms.
            return new IpNetwork(masked.and(V4_MASK), Math.max(0, prefix - 96), 32);
        }
        return new IpNetwork(masked, prefix, bits);
    }

    static BigInteger mask(BigInteger value, int prefix, int bits) {
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        return value.andNot(hostMask);
    }

    private static BigInteger parseV4(String s) {
        String[] parts = s.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        long v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')
                    || (p.length() > 1 && p.charAt(0) == '0')) {
                return null;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return null;
            }
            v = (v << 8) | octet;
        }
        return BigInteger.valueOf(v);
    }

    private static BigInteger parseV6(String s) {
        int ellipsis = s.indexOf("::");
        if (ellipsis >= 0 && s.indexOf("::", ellipsis + 1) >= 0) {
            return null;
        }
        String head = ellipsis >= 0 ? s.substring(0, ellipsis) : s;
        String tail = ellipsis >= 0 ? s.substring(ellipsis + 2) : "";
        List<Integer> left = groups(head);
        List<Integer> right = groups(tail);
        if (left == null || right == null) {
            return null;
        }
        int total = left.size() + right.size();
        if (ellipsis < 0 ? total != 8 : total > 7) {
            return null;
        }
        BigInteger v = BigInteger.ZERO;
        for (int g : left) {
            v = v.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        v = v.shiftLeft(16 * (8 - total));
        for (int g : right) {
            v = v.shiftLeft(16).or(BigInteger.valueOf(g));
        }
        return v;
    }

    // Hex groups separated by ':'; a dotted IPv4 address may end the list as two groups.
    private static List<Integer> groups(String s) {
        List<Integer> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        String[] parts = s.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && p.indexOf('.') >= 0) {
                BigInteger v4 = parseV4(p);
                if (v4 == null) {
                    return null;
                }
                out.add(v4.intValue() >>> 16);
                out.add(v4.intValue() & 0xFFFF);
                continue;
            }
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
                return null;
            }
            out.add(Integer.parseInt(p, 16));
        }
        return out;
    }

    /** Go's text for an address: dotted IPv4, or IPv6 with the longest run of zero groups as {@code ::}. */
    static String format(BigInteger value, int bits) {
        if (bits == 32) {
            long v = value.longValue();
            return ((v >> 24) & 255) + "." + ((v >> 16) & 255) + "." + ((v >> 8) & 255) + "." + (v & 255);
        }
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = value.shiftRight(16 * (7 - i)).intValue() & 0xFFFF;
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j == i ? i + 1 : j;
        }
        if (bestLen < 2) {
            bestStart = -1;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    static BigInteger v4Mapped(BigInteger v4) {
        return V4_MAPPED_PREFIX.or(v4);
    }
}
