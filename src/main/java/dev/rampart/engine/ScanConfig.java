package dev.rampart.engine;

import dev.rampart.RampartException;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.NullValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The configuration policies read as {@code data.rampart.config}: the defaults shipped in the jar
 * ({@value #DEFAULTS}) deep-merged with the user's {@code --config FILE} (YAML, or JSON when the name ends in
 * {@code .json}). Objects merge key by key; any other value (a list too) replaces the default.
 */
public final class ScanConfig {
    /** Classpath location of the defaults (keys in docs/policies.md). */
    public static final String DEFAULTS = "/dev/rampart/engine/default-config.yaml";

    private ScanConfig() {}

    /** The defaults alone ({@code {}} when the jar has none). */
    public static ObjectValue defaults() {
        try (InputStream in = ScanConfig.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                return ObjectValue.EMPTY;
            }
            return object(Values.fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULTS), DEFAULTS);
        } catch (IOException e) {
            throw new ConfigException("cannot read the default configuration " + DEFAULTS + ": " + e.getMessage(), e);
        }
    }

    /** The defaults merged with {@code userFile} (none when null); {@code display} names the file in messages. */
    public static ObjectValue load(Path userFile, String display) {
        ObjectValue config = defaults();
        if (userFile == null) {
            return config;
        }
        ObjectValue user = read(userFile, display);
        check(user, config, display);
        return merge(config, user);
    }

    /**
     * The built-in keys must have the shape the policies read; a misspelt one would silently leave its default
     * in force (a typo in {@code sensitivity_tags} turns SC-001 off for the user's tags). Other keys are
     * allowed, for custom policies, unless they are a slip of a built-in key's name.
     */
    private static void check(ObjectValue user, ObjectValue defaults, String display) {
        for (int i = 0; i < user.size(); i++) {
            String key = user.keyAt(i) instanceof StringValue s ? s.value() : String.valueOf(user.keyAt(i));
            Value value = user.valueAt(i);
            String problem = switch (key) {
                // null removes an entry of the defaults, which the file is merged over key by key
                case "sensitivity_tags" -> objectOf(value, v -> v instanceof NullValue || stringList(v),
                        "a list of strings (or null to remove it)");
                case "required_endpoint_services" -> objectOf(value, v -> v instanceof NullValue
                        || v instanceof StringValue t && (t.value().equals("interface") || t.value().equals("gateway")),
                        "\"interface\" or \"gateway\" (or null to remove it)");
                case "environment_tag_keys", "ssl_policy_allowlist" ->
                        stringList(value) ? null : "must be a list of strings";
                default -> misspelling(key, defaults);
            };
            if (problem != null) {
                throw new ConfigException(display + ": " + key + " " + problem + " (see docs/policies.md)");
            }
        }
    }

    private static boolean stringList(Value v) {
        if (!(v instanceof ArrayValue a)) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!(a.get(i) instanceof StringValue)) {
                return false;
            }
        }
        return true;
    }

    private static String objectOf(Value v, java.util.function.Predicate<Value> valueOk, String valueShape) {
        if (!(v instanceof ObjectValue o)) {
            return "must be a mapping";
        }
        for (int i = 0; i < o.size(); i++) {
            if (!valueOk.test(o.valueAt(i))) {
                Value k = o.keyAt(i);
                return "must map each key to " + valueShape + " (" + (k instanceof StringValue t ? t.value() : k)
                        + " does not)";
            }
        }
        return null;
    }

    /** "is not a key …, did you mean …" when {@code key} is one or two edits from a built-in key. */
    private static String misspelling(String key, ObjectValue defaults) {
        for (int i = 0; i < defaults.size(); i++) {
            if (defaults.keyAt(i) instanceof StringValue known && editDistance(key, known.value()) <= 2) {
                return "is not a configuration key; did you mean " + known.value() + "?";
            }
        }
        return null;
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The base data document of a scan: {@code {"rampart": {"config": config}}}. */
    public static ObjectValue data(ObjectValue config) {
        return ObjectValue.of(Values.string("rampart"), ObjectValue.of(Values.string("config"), config));
    }

    /** {@code overlay} merged into {@code base}: objects key by key, other values replaced. */
    public static ObjectValue merge(ObjectValue base, ObjectValue overlay) {
        ObjectValue out = base;
        for (int i = 0; i < overlay.size(); i++) {
            Value key = overlay.keyAt(i);
            Value value = overlay.valueAt(i);
            if (out.get(key) instanceof ObjectValue before && value instanceof ObjectValue after) {
                value = merge(before, after);
            }
            out = out.with(key, value);
        }
        return out;
    }

    private static ObjectValue read(Path file, String display) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(display + ": cannot read the configuration file: " + e.getMessage(), e);
        }
        Value v;
        try {
            v = file.getFileName().toString().endsWith(".json") ? Values.fromJson(text, display)
                    : Values.fromYaml(text, display);
        } catch (RampartException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        return object(v, display);
    }

    private static ObjectValue object(Value v, String display) {
        if (v instanceof ObjectValue o) {
            return o;
        }
        throw new ConfigException(display + ": the configuration must be a mapping of keys (see docs/policies.md),"
                + " not " + (v == null ? "empty" : (v.typeName().matches("[aeiou].*") ? "an " : "a ") + v.typeName()));
    }
}
