package dev.rampart.template.resolve;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Address arithmetic for Fn::Cidr: the first {@code count} blocks of a size carved out of a CIDR block. */
final class Cidrs {
    private Cidrs() {}

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    /**
     * The first {@code count} subnets of {@code block}, each with {@code cidrBits} host bits
     * (so a /16 with cidrBits 8 gives /24s).
     *
     * @throws IllegalArgumentException when the block is not a CIDR or the subnets do not fit
     */
    static List<String> subnets(String block, int count, int cidrBits) {
        int slash = block.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException(block + " is not a CIDR block");
        }
        String address = block.substring(0, slash);
        boolean v4 = IPV4.matcher(address).matches();
        if (!v4 && !address.contains(":")) {
            throw new IllegalArgumentException(block + " is not a CIDR block");
        }
        int width = v4 ? 32 : 128;
        int prefix;
        try {
            prefix = Integer.parseInt(block.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(block + " is not a CIDR block");
        }
        int newPrefix = width - cidrBits;
        if (prefix < 0 || prefix > width || cidrBits < 0 || newPrefix < prefix) {
            throw new IllegalArgumentException(cidrBits + " host bits do not fit in " + block);
        }
        if (count < 1 || count > 256 || BigInteger.ONE.shiftLeft(newPrefix - prefix).compareTo(BigInteger.valueOf(count)) < 0) {
            throw new IllegalArgumentException(count + " subnets of /" + newPrefix + " do not fit in " + block);
        }
        BigInteger base = toNumber(address);
        BigInteger hostMask = BigInteger.ONE.shiftLeft(width - prefix).subtract(BigInteger.ONE);
        base = base.andNot(hostMask);
        BigInteger step = BigInteger.ONE.shiftLeft(cidrBits);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(format(base.add(step.multiply(BigInteger.valueOf(i))), v4) + "/" + newPrefix);
        }
        return out;
    }

    private static BigInteger toNumber(String address) {
        try {
            return new BigInteger(1, InetAddress.getByName(address).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address + " is not an IP address");
        }
    }

    private static String format(BigInteger n, boolean v4) {
        int bytes = v4 ? 4 : 16;
        byte[] raw = n.toByteArray();
        byte[] fixed = new byte[bytes];
        int copy = Math.min(raw.length, bytes);
        System.arraycopy(raw, raw.length - copy, fixed, bytes - copy, copy);
        if (v4) {
            return (fixed[0] & 0xff) + "." + (fixed[1] & 0xff) + "." + (fixed[2] & 0xff) + "." + (fixed[3] & 0xff);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i += 2) {
            if (i > 0) {
                b.append(':');
            }
            b.append(Integer.toHexString(((fixed[i] & 0xff) << 8) | (fixed[i + 1] & 0xff)));
        }
        return compressIpv6(b.toString());
    }

    // The canonical short form: the longest run of zero groups (two or more) becomes "::".
    private static String compressIpv6(String full) {
        String[] groups = full.split(":");
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < groups.length; ) {
            if (groups[i].equals("0")) {
                int j = i;
                while (j < groups.length && groups[j].equals("0")) {
                    j++;
                }
                if (j - i > bestLen) {
                    bestStart = i;
                    bestLen = j - i;
                }
                i = j;
            } else {
                i++;
            }
        }
        if (bestLen < 2) {
            return full;
        }
        String head = String.join(":", java.util.Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", java.util.Arrays.copyOfRange(groups, bestStart + bestLen, groups.length));
        return head + "::" + tail;
    }
}
