package dev.rampart.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.engine.ConfigException;
import dev.rampart.engine.Finding;
import dev.rampart.engine.Severity;
import dev.rampart.snapshot.Location;
import dev.rampart.snapshot.SnapshotJson;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A findings document read back: what {@code rampart diff} and {@code --history} compare.
 *
 * @param generatedAt when it was written
 * @param inputs      what was scanned
 * @param findings    its findings (suppressed ones marked)
 */
public record FindingsDocument(String generatedAt, List<String> inputs, List<Finding> findings) {

    /** Whether a parsed JSON document is a findings document. */
    public static boolean is(JsonNode root) {
        return root != null && FindingsJson.FORMAT.equals(root.path("format").asText());
    }

    /** Reads {@code file}; {@code display} names it in messages. */
    public static FindingsDocument read(Path file, String display) {
        JsonNode root;
        try {
            root = FindingsJson.JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new ConfigException(display + ": malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ConfigException(display + ": cannot read: " + e.getMessage(), e);
        }
        return of(root, display);
    }

    /** The findings document in an already parsed {@code root}. */
    public static FindingsDocument of(JsonNode root, String display) {
        if (!is(root)) {
            throw new ConfigException(display + ": not a findings document (written by --format json)");
        }
        String version = root.path("format_version").asText("");
        if (!version.startsWith("1.")) {
            throw new ConfigException(display + ": findings document version " + version + " is not supported (1.x)");
        }
        List<String> inputs = new ArrayList<>();
        root.path("inputs").forEach(i -> inputs.add(i.asText()));
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            findings.add(finding(f, display));
        }
        return new FindingsDocument(root.path("generated_at").asText(null), inputs, findings);
    }

    private static Finding finding(JsonNode f, String display) {
        Severity severity = Severity.parse(f.path("severity").asText(null));
        String fingerprint = f.path("fingerprint").asText(null);
        if (severity == null || fingerprint == null || !f.hasNonNull("rule_id") || !f.hasNonNull("resource")) {
            throw new ConfigException(display + ": a finding lacks rule_id, resource, severity or fingerprint");
        }
        Location at;
        try {
            at = f.hasNonNull("location") ? SnapshotJson.mapper().treeToValue(f.get("location"), Location.class)
                    : Location.NONE;
        } catch (JsonProcessingException e) {
            throw new ConfigException(display + ": a finding's location is malformed: " + e.getOriginalMessage());
        }
        ObjectValue details = f.hasNonNull("details") && Values.fromJson(f.get("details").toString()) instanceof ObjectValue o
                ? o : ObjectValue.EMPTY;
        Finding.Suppression suppression = null;
        JsonNode s = f.get("suppression");
        if (s != null && !s.isNull()) {
            suppression = new Finding.Suppression(text(s, "kind"), text(s, "justification"), text(s, "owner"),
                    text(s, "expires"), text(s, "origin"));
        }
        String baseline = text(f, "baseline");
        return new Finding(text(f, "rule_id"), severity, text(f, "resource"), text(f, "resource_kind"),
                text(f, "message"), details, at, text(f, "account"), text(f, "region"), fingerprint, suppression,
                baseline == null ? null : Finding.BaselineState.valueOf(baseline.toUpperCase(Locale.ROOT)));
    }

    private static String text(JsonNode o, String key) {
        JsonNode v = o.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
