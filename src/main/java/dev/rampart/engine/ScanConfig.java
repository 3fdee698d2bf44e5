package dev.rampart.engine;

import dev.rampart.RampartException;
import dev.rampart.wasm.value.ObjectValue;
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
        return merge(config, read(userFile, display));
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
