package dev.rampart.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validates documents against {@code schema/snapshot-v1.schema.json} (shipped in the jar).
 *
 * <p>The schema forbids fields it does not know, which catches typos in documents of this version. A
 * document of a newer minor version may add fields (docs/snapshot.md), so it is checked against the same
 * schema with unknown fields allowed.
 */
public final class SnapshotValidator {
    /** Classpath location of the schema. */
    public static final String SCHEMA_RESOURCE = "/schema/snapshot-v1.schema.json";

    private static final int KNOWN_MINOR = Integer.parseInt(Snapshot.SCHEMA_VERSION.split("\\.")[1]);

    private final Schema strict;
    private final Schema lenient;

    private SnapshotValidator() {
        JsonNode schema = loadSchema();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));
        this.strict = registry.getSchema(schema);
        JsonNode open = schema.deepCopy();
        allowUnknownFields(open);
        this.lenient = registry.getSchema(open);
    }

    private static final class Holder {
        static final SnapshotValidator INSTANCE = new SnapshotValidator();
    }

    /** The shared validator (the schema is compiled once). */
    public static SnapshotValidator instance() {
        return Holder.INSTANCE;
    }

    /** Every schema problem of {@code document}, ordered by pointer; empty when it is valid. */
    public List<SchemaProblem> validate(JsonNode document) {
        Schema schema = newerMinor(document) ? lenient : strict;
        List<Error> errors = schema.validate(document);
        return errors.stream()
                .map(e -> new SchemaProblem(pointer(e), message(e)))
                .distinct()
                .sorted(Comparator.comparing(SchemaProblem::pointer).thenComparing(SchemaProblem::message))
                .toList();
    }

    /** Throws {@link InvalidSnapshotException} naming {@code file} and every problem, if there are any. */
    public void check(JsonNode document, String file) {
        List<SchemaProblem> problems = validate(document);
        if (!problems.isEmpty()) {
            throw new InvalidSnapshotException(file, problems);
        }
    }

    private static boolean newerMinor(JsonNode document) {
        String version = document.path("schema_version").asText("");
        String[] parts = version.split("\\.");
        if (parts.length != 2 || !parts[1].matches("[0-9]{1,9}")) {
            return false;
        }
        return Integer.parseInt(parts[1]) > KNOWN_MINOR;
    }

    private static String pointer(Error e) {
        String p = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        // A missing required field is reported at its parent object: point at the field itself.
        if ("required".equals(e.getKeyword()) && e.getProperty() != null) {
            p = p + "/" + e.getProperty().replace("~", "~0").replace("/", "~1");
        }
        return p;
    }

    private static String message(Error e) {
        String m = e.getMessage();
        String location = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString();
        if (!location.isEmpty() && m.startsWith(location + ": ")) {
            m = m.substring(location.length() + 2);
        }
        return m;
    }

    private static void allowUnknownFields(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode ap = object.get("additionalProperties");
            if (ap != null && ap.isBoolean() && !ap.booleanValue()) {
                object.remove("additionalProperties");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = object.properties().iterator(); it.hasNext(); ) {
                allowUnknownFields(it.next().getValue());
            }
        } else if (node.isArray()) {
            node.forEach(SnapshotValidator::allowUnknownFields);
        }
    }

    private static JsonNode loadSchema() {
        try (InputStream in = SnapshotValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the snapshot schema " + SCHEMA_RESOURCE + " is missing from the jar");
            }
            return SnapshotJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
