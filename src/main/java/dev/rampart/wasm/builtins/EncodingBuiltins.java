package dev.rampart.wasm.builtins;

import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code base64.*}, {@code base64url.*}, {@code hex.*} and {@code urlquery.*} with Go's encoders: standard
 * padding rules, Go's query escaping ({@code ' '} as {@code +}, {@code ~} kept, {@code *} escaped) and
 * Go's error messages for malformed input.
 */
final class EncodingBuiltins {
    private EncodingBuiltins() {}

    static void register(Registry r) {
        r.function("base64.encode", 1, (ctx, a) -> encode(Base64.getEncoder(), a));
        r.function("base64.decode", 1, (ctx, a) -> StringValue.of(utf8(base64Decode(str(a), false))));
        r.function("base64.is_valid", 1, (ctx, a) -> {
            if (!(a[0] instanceof StringValue s)) {
                return BooleanValue.FALSE;
            }
            try {
                base64Decode(s.value(), false);
                return BooleanValue.TRUE;
            } catch (BuiltinError e) {
                return BooleanValue.FALSE;
            }
        });
        r.function("base64url.encode", 1, (ctx, a) -> encode(Base64.getUrlEncoder(), a));
        r.function("base64url.encode_no_pad", 1, (ctx, a) -> encode(Base64.getUrlEncoder().withoutPadding(), a));
        r.function("base64url.decode", 1, (ctx, a) -> {
            String s = str(a);
            // Encoders often drop the padding (RFC 7515, appendix C): put it back first.
            if (!s.endsWith("=")) {
                switch (s.length() % 4) {
                    case 0 -> { }
                    case 2 -> s += "==";
                    case 3 -> s += "=";
                    default -> throw BuiltinError.failure("illegal base64url string: " + s);
                }
            }
            return StringValue.of(utf8(base64Decode(s, true)));
        });
        r.function("hex.encode", 1, (ctx, a) -> StringValue.of(HexFormat.of().formatHex(bytes(str(a)))));
        r.function("hex.decode", 1, (ctx, a) -> StringValue.of(utf8(hexDecode(str(a)))));
        r.function("urlquery.encode", 1, (ctx, a) -> StringValue.of(queryEscape(str(a))));
        r.function("urlquery.decode", 1, (ctx, a) -> StringValue.of(queryUnescape(str(a))));
        r.function("urlquery.encode_object", 1, (ctx, a) -> StringValue.of(encodeObject(Operands.object(a[0], 1))));
        r.function("urlquery.decode_object", 1, (ctx, a) -> decodeObject(str(a)));
    }

    private static String str(Value[] a) {
        return Operands.string(a[0], 1);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static StringValue encode(Base64.Encoder encoder, Value[] a) {
        return StringValue.of(encoder.encodeToString(bytes(str(a))));
    }

    /** Go's {@code base64.StdEncoding}/{@code URLEncoding} decoding: padding required, CR and LF ignored. */
    static byte[] base64Decode(String s, boolean url) {
        String alphabet = url
                ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder clean = new StringBuilder(s.length());
        List<Integer> positions = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\r' && c != '\n') {
                clean.append(c);
                positions.add(i);
            }
        }
        int n = clean.length();
        int padding = 0;
        while (padding < 2 && n - padding > 0 && clean.charAt(n - padding - 1) == '=') {
            padding++;
        }
        for (int i = 0; i < n - padding; i++) {
            if (alphabet.indexOf(clean.charAt(i)) < 0) {
                throw illegal(positions.get(i));
            }
        }
        if (n % 4 != 0) {
            // Go reports the start of the incomplete last group.
            throw illegal(positions.get(n / 4 * 4));
        }
        try {
            return (url ? Base64.getUrlDecoder() : Base64.getDecoder()).decode(clean.toString());
        } catch (IllegalArgumentException e) {
            throw illegal(n == 0 ? 0 : positions.get(n - 1));
        }
    }

    private static BuiltinError illegal(int at) {
        return BuiltinError.failure("illegal base64 data at input byte " + at);
    }

    private static byte[] hexDecode(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.digit(c, 16) < 0 || c > 0x7f) {
                throw BuiltinError.failure(String.format("encoding/hex: invalid byte: U+%04X %s", (int) c,
                        Values.toRego(StringValue.of(String.valueOf(c))).replace('"', '\'')));
            }
        }
        if (s.length() % 2 != 0) {
            throw BuiltinError.failure("encoding/hex: odd length hex string");
        }
        return HexFormat.of().parseHex(s);
    }

    /** Go's {@code url.QueryEscape}. */
    static String queryEscape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (byte b : bytes(s)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == '~') {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return sb.toString();
    }

    /** Go's {@code url.QueryUnescape}: {@code +} is a space; a bad {@code %} escape is an error. */
    static String queryUnescape(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] in = bytes(s);
        for (int i = 0; i < in.length; i++) {
            byte b = in[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%') {
                if (i + 2 >= in.length || Character.digit(in[i + 1], 16) < 0 || Character.digit(in[i + 2], 16) < 0) {
                    String bad = utf8(Arrays.copyOfRange(in, i, Math.min(in.length, i + 3)));
                    throw BuiltinError.failure("invalid URL escape " + Values.toRego(StringValue.of(bad)));
                }
                out.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return utf8(out.toByteArray());
    }

    private static String encodeObject(ObjectValue o) {
        // Go's url.Values.Encode sorts by key; non-string keys become their JSON text first.
        Map<String, List<String>> params = new TreeMap<>(StringValue::compareCodePoints);
        for (int i = 0; i < o.size(); i++) {
            Value k = o.keyAt(i);
            String key = k instanceof StringValue s ? s.value() : Values.toJson(k);
            List<String> values = new ArrayList<>();
            switch (o.valueAt(i)) {
                case StringValue s -> values.add(s.value());
                case ArrayValue arr -> values.addAll(stringsOf(arr.asList()));
                case SetValue set -> values.addAll(stringsOf(set.asList()));
                default -> throw valuesError();
            }
            params.put(key, values);
        }
        StringBuilder sb = new StringBuilder();
        params.forEach((k, vs) -> {
            for (String v : vs) {
                if (!sb.isEmpty()) {
                    sb.append('&');
                }
                sb.append(queryEscape(k)).append('=').append(queryEscape(v));
            }
        });
        return sb.toString();
    }

    private static List<String> stringsOf(List<Value> items) {
        List<String> out = new ArrayList<>(items.size());
        for (Value v : items) {
            if (!(v instanceof StringValue s)) {
                throw valuesError();
            }
            out.add(s.value());
        }
        return out;
    }

    private static BuiltinError valuesError() {
        return Operands.operandError(1, "values must be string, array[string], or set[string]");
    }

    /** Go's {@code url.ParseQuery}: each key maps to the array of its values in order. */
    private static ObjectValue decodeObject(String query) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (pair.contains(";")) {
                throw BuiltinError.failure("invalid semicolon separator in query");
            }
            int eq = pair.indexOf('=');
            String key = queryUnescape(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : queryUnescape(pair.substring(eq + 1));
            params.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        ObjectValue.Builder b = ObjectValue.builder(params.size());
        params.forEach((k, vs) -> {
            ArrayValue.Builder arr = ArrayValue.builder(vs.size());
            vs.forEach(v -> arr.add(StringValue.of(v)));
            b.put(k, arr.build());
        });
        return b.build();
    }
}
