package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code uuid.rfc4122(key)} (a random version 4 UUID, the same for the same key within one evaluation)
 * and {@code uuid.parse} (version, variant, the time for versions 1, 2, 6 and 7, and for 1 and 2 node, clock sequence;
 * undefined when the text is not a UUID), as OPA reports them.
 */
final class UuidBuiltins {
    /** 100-nanosecond intervals between the Gregorian reform (1582-10-15) and the Unix epoch. */
    private static final long GREGORIAN_TO_UNIX = 122_192_928_000_000_000L;

    private UuidBuiltins() {}

    static void register(Registry r) {
        r.function("uuid.rfc4122", 1, (ctx, a) -> {
            String key = Operands.string(a[0], 1);
            return ctx.memoize(List.of(StringValue.of("uuid.rfc4122"), StringValue.of(key)), () -> random(ctx));
        });
        r.function("uuid.parse", 1, (ctx, a) -> {
            byte[] b = parse(Operands.string(a[0], 1));
            return b == null ? null : describe(b);
        });
    }

    private static Value random(BuiltinContext ctx) {
        byte[] b = new byte[16];
        ctx.random().nextBytes(b);
        b[6] = (byte) ((b[6] & 0x0f) | 0x40);
        b[8] = (byte) ((b[8] & 0x3f) | 0x80);
        String hex = HexFormat.of().formatHex(b);
        return StringValue.of(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20));
    }

    /** The 16 bytes of a UUID written plainly, in braces, as a URN or without dashes; null otherwise. */
    static byte[] parse(String s) {
        String hex;
        if (s.length() == 36) {
            hex = dashed(s);
        } else if (s.length() == 38 && s.startsWith("{") && s.endsWith("}")) {
            hex = dashed(s.substring(1, 37));
        } else if (s.length() == 45 && s.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
            hex = dashed(s.substring(9));
        } else if (s.length() == 32) {
            hex = s;
        } else {
            return null;
        }
        if (hex == null || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 0x80)) {
            return null;
        }
        return HexFormat.of().parseHex(hex);
    }

    private static String dashed(String s) {
        if (s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-' || s.charAt(23) != '-') {
            return null;
        }
        return s.replace("-", "").length() == 32 ? s.replace("-", "") : null;
    }

    private static ObjectValue describe(byte[] b) {
        int version = (b[6] & 0xff) >> 4;
        ObjectValue.Builder o = ObjectValue.builder(7);
        o.put("version", NumberValue.of(version));
        o.put("variant", StringValue.of(variant(b[8] & 0xff)));
        if (version == 1 || version == 2) {
            long t = (u32(b, 0)) | ((long) u16(b, 4) << 32) | ((long) (u16(b, 6) & 0xfff) << 48);
            long sinceEpoch = t - GREGORIAN_TO_UNIX;
            o.put("time", NumberValue.of(sinceEpoch / 10_000_000 * 1_000_000_000L + sinceEpoch % 10_000_000 * 100));
            StringBuilder node = new StringBuilder();
            for (int i = 10; i < 16; i++) {
                if (i > 10) {
                    node.append('-');
                }
                node.append(String.format("%02x", b[i] & 0xff));
            }
            o.put("nodeid", StringValue.of(node.toString()));
            o.put("macvariables", StringValue.of(macVariables(b[10] & 0xff)));
            o.put("clocksequence", NumberValue.of(u16(b, 8) & 0x3fff));
            if (version == 2) {
                o.put("id", NumberValue.of(u32(b, 0)));
                int domain = b[9] & 0xff;
                o.put("domain", StringValue.of(switch (domain) {
                    case 0 -> "Person";
                    case 1 -> "Group";
                    case 2 -> "Org";
                    default -> "Domain" + domain;
                }));
            }
        } else if (version == 6) {
            // the version 1 timestamp with its fields in big-endian order
            long t = (u32(b, 0) << 28) | ((long) u16(b, 4) << 12) | (u16(b, 6) & 0xfff);
            long sinceEpoch = t - GREGORIAN_TO_UNIX;
            o.put("time", NumberValue.of(sinceEpoch / 10_000_000 * 1_000_000_000L + sinceEpoch % 10_000_000 * 100));
        } else if (version == 7) {
            // milliseconds since the Unix epoch in the first 48 bits
            long millis = (u32(b, 0) << 16) | u16(b, 4);
            o.put("time", NumberValue.of(millis * 1_000_000L));
        }
        return o.build();
    }

    private static String variant(int b) {
        if ((b & 0xc0) == 0x80) {
            return "RFC4122";
        }
        if ((b & 0xe0) == 0xc0) {
            return "Microsoft";
        }
        if ((b & 0xe0) == 0xe0) {
            return "Future";
        }
        return "Reserved";
    }

    private static String macVariables(int first) {
        if ((first & 0b11) == 0b11) {
            return "local:multicast";
        }
        if ((first & 0b01) == 0b01) {
            return "global:multicast";
        }
        if ((first & 0b10) == 0b10) {
            return "local:unicast";
        }
        return "global:unicast";
    }

    private static long u32(byte[] b, int at) {
        return ((long) (b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xff) << 8) | (b[at + 1] & 0xff);
    }
}
