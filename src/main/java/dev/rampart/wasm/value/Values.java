package dev.rampart.wasm.value;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry points for turning documents into values and values back into text: JSON in (streamed,
 * exact numbers), YAML in, and JSON, YAML and Rego syntax out, all as OPA does it.
 */
public final class Values {
    private Values() {}

    /** Parses one JSON value. @throws InvalidDocumentException naming the line and column of a syntax error */
    public static Value fromJson(String json) {
        return fromJson(json, "JSON document");
    }

    /** Parses one JSON value; {@code sourceName} (a file name) prefixes error messages. */
    public static Value fromJson(String json, String sourceName) {
        try {
            return JsonValueReader.read(JsonValueReader.FACTORY.createParser(json), sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads one JSON value from a token stream (e.g. Jackson's {@code TokenBuffer}), which is closed afterwards. */
    public static Value fromJson(JsonParser tokens, String sourceName) {
        return JsonValueReader.read(tokens, sourceName);
    }

    /** Parses one JSON value from UTF-8 (or UTF-16/32 with a BOM) bytes. */
    public static Value fromJson(byte[] json, String sourceName) {
        try {
            return JsonValueReader.read(JsonValueReader.FACTORY.createParser(json), sourceName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one JSON value from a stream, which is closed afterwards. */
    public static Value fromJson(InputStream json, String sourceName) {
        try {
            return JsonValueReader.read(JsonValueReader.FACTORY.createParser(json), sourceName);
        } catch (IOException e) {
            throw new InvalidDocumentException(sourceName + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses one JSON value from a reader, which is closed afterwards. */
    public static Value fromJson(Reader json, String sourceName) {
        try {
            return JsonValueReader.read(JsonValueReader.FACTORY.createParser(json), sourceName);
        } catch (IOException e) {
            throw new InvalidDocumentException(sourceName + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses the JSON file at {@code file}; errors name the file. */
    public static Value fromJson(Path file) {
        try {
            return fromJson(Files.newInputStream(file), file.toString());
        } catch (IOException e) {
            throw new InvalidDocumentException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Parses YAML as OPA's {@code yaml.unmarshal} does: the first document of a stream that must be valid. */
    public static Value fromYaml(String yaml) {
        return YamlValueReader.read(yaml, "YAML document");
    }

    /** Parses YAML; {@code sourceName} prefixes error messages. */
    public static Value fromYaml(String yaml, String sourceName) {
        return YamlValueReader.read(yaml, sourceName);
    }

    /** Compact JSON: keys sorted, sets as sorted arrays, non-string keys as their JSON text. */
    public static String toJson(Value v) {
        return JsonValueWriter.write(v, false, false);
    }

    /** JSON indented by two spaces per level. */
    public static String toPrettyJson(Value v) {
        return JsonValueWriter.write(v, true, false);
    }

    /**
     * JSON exactly as Go's {@code json.MarshalIndent(v, prefix, indent)} writes it, which is what
     * {@code json.marshal} and {@code json.marshal_with_options} return: {@code <}, {@code >} and {@code &}
     * are escaped as {@code \u003c} and so on. A null {@code indent} gives compact output.
     */
    public static String toGoJson(Value v, String prefix, String indent) {
        return JsonValueWriter.write(v, prefix, indent, true);
    }

    /** Block YAML as OPA's {@code yaml.marshal} writes it. */
    public static String toYaml(Value v) {
        return YamlValueWriter.write(v);
    }

    /** The value in Rego term syntax ({@code {"a": {1, 2}}}), as {@code sprintf("%v")} shows composites. */
    public static String toRego(Value v) {
        return RegoPrinter.print(v);
    }

    /**
     * {@code doc[key]} as OPA looks it up: an object's value for the key, an array's element for a number
     * written as an integer ({@code 1}, not {@code 1.0}) within bounds, a set's member equal to the key;
     * null when there is none (including for scalars).
     */
    public static Value child(Value doc, Value key) {
        return switch (doc) {
            case ObjectValue o -> o.get(key);
            case ArrayValue a -> {
                if (key instanceof NumberValue n && n.hasIntegerForm()) {
                    long i = n.longValue();
                    yield i >= 0 && i < a.size() ? a.get((int) i) : null;
                }
                yield null;
            }
            case SetValue s -> s.contains(key) ? key : null;
            default -> null;
        };
    }

    /** The value at {@code path} below {@code doc} (each step as {@link #child}), or null. */
    public static Value at(Value doc, List<Value> path) {
        Value node = doc;
        for (int i = 0; i < path.size() && node != null; i++) {
            node = child(node, path.get(i));
        }
        return node;
    }

    /** The string {@code s}. */
    public static StringValue string(String s) {
        return StringValue.of(s);
    }

    /** The number {@code n}. */
    public static NumberValue number(long n) {
        return NumberValue.of(n);
    }

    /** The boolean {@code b}. */
    public static BooleanValue bool(boolean b) {
        return BooleanValue.of(b);
    }

    /** An array of {@code elements}. */
    public static ArrayValue array(Value... elements) {
        return ArrayValue.of(elements);
    }

    /** A set of {@code members}. */
    public static SetValue set(Value... members) {
        return SetValue.of(members);
    }

    /** An object of alternating keys and values. */
    public static ObjectValue object(Value... keysAndValues) {
        return ObjectValue.of(keysAndValues);
    }
}
