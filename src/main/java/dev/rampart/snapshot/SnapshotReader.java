package dev.rampart.snapshot;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads snapshot documents: parses the JSON, checks the schema version, validates against the schema and
 * maps it onto the records. Every failure is an {@link InvalidSnapshotException} naming the file.
 */
public final class SnapshotReader {
    private SnapshotReader() {}

    /** Whether a parsed JSON document is a snapshot (rather than, say, a template): it has {@code schema_version}. */
    public static boolean looksLikeSnapshot(JsonNode document) {
        return document != null && document.isObject() && document.has("schema_version");
    }

    /** Reads and validates the snapshot in {@code file}; {@code name} is how messages name it. */
    public static Snapshot read(Path file, String name) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromTree(parse(in, name), name);
        }
    }

    /** Reads and validates a snapshot from JSON text. */
    public static Snapshot fromJson(String json, String name) {
        try {
            return fromTree(SnapshotJson.mapper().readTree(json), name);
        } catch (JsonProcessingException e) {
            throw malformed(e, name);
        }
    }

    /** Validates an already parsed document and maps it onto the records. */
    public static Snapshot fromTree(JsonNode document, String name) {
        if (!looksLikeSnapshot(document)) {
            throw new InvalidSnapshotException(name + " is not a snapshot document (it has no \"schema_version\")");
        }
        checkVersion(document.get("schema_version"), name);
        SnapshotValidator.instance().check(document, name);
        try {
            return SnapshotJson.mapper().treeToValue(document, Snapshot.class);
        } catch (JsonProcessingException e) {
            throw new InvalidSnapshotException(name + ": " + e.getOriginalMessage());
        }
    }

    private static JsonNode parse(InputStream in, String name) throws IOException {
        try {
            return SnapshotJson.mapper().readTree(in);
        } catch (JsonProcessingException e) {
            throw malformed(e, name);
        }
    }

    private static void checkVersion(JsonNode version, String name) {
        String text = version.isTextual() ? version.textValue() : version.toString();
        String[] parts = text.split("\\.");
        if (parts.length != 2 || !parts[0].matches("[0-9]+") || !parts[1].matches("[0-9]+")) {
            throw new InvalidSnapshotException(
                    name + "#/schema_version: \"" + text + "\" is not a MAJOR.MINOR schema version");
        }
        if (Integer.parseInt(parts[0]) != Snapshot.SCHEMA_MAJOR) {
            throw new InvalidSnapshotException(name + "#/schema_version: schema version " + text
                    + " is not supported; this Rampart reads " + Snapshot.SCHEMA_MAJOR + ".x");
        }
    }

    private static InvalidSnapshotException malformed(JsonProcessingException e, String name) {
        JsonLocation at = e.getLocation();
        String where = at == null ? name : name + ":" + at.getLineNr() + ":" + at.getColumnNr();
        return new InvalidSnapshotException(where + ": malformed JSON: " + e.getOriginalMessage());
    }
}
