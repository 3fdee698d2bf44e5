package dev.rampart.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.snapshot.SnapshotJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings a team has accepted for now, by fingerprint ({@link Fingerprints}, the same as SARIF's): with
 * {@code --baseline FILE} only findings not in it count for {@code --fail-on}. Suppressed findings are left
 * out of a baseline, so a finding whose suppression expires counts again. A findings document
 * ({@code --format json}) can serve as a baseline too.
 *
 * @param entries the accepted findings
 */
public record Baseline(List<Entry> entries) {
    /** The {@code format} of a baseline file. */
    public static final String FORMAT = "rampart-baseline";
    /** The {@code format} of a findings document, also readable as a baseline. */
    public static final String FINDINGS_FORMAT = "rampart-findings";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One accepted finding: its fingerprint, and what it was, for reports of fixed findings. */
    public record Entry(String fingerprint, String ruleId, String resource, String severity, String message) {}

    /** How findings compare with a baseline: how many are new and which baselined ones are gone. */
    public record Report(String file, int added, int unchanged, List<Entry> fixed) {
        public Report {
            fixed = List.copyOf(fixed);
        }
    }

    /** The findings marked {@code NEW} or {@code UNCHANGED}, and the report. */
    public record Outcome(List<Finding> findings, Report report) {}

    public Baseline {
        entries = List.copyOf(entries);
    }

    /** The baseline of {@code findings}: the ones not suppressed. */
    public static Baseline of(List<Finding> findings) {
        return new Baseline(findings.stream().filter(f -> !f.suppressed())
                .map(f -> new Entry(f.fingerprint(), f.ruleId(), f.resourceId(), f.severity().json(), f.message()))
                .toList());
    }

    /** Marks {@code findings} against this baseline; {@code display} names the baseline file in reports. */
    public Outcome compare(List<Finding> findings, String display) {
        Set<String> known = new HashSet<>();
        entries.forEach(e -> known.add(e.fingerprint()));
        Set<String> seen = new HashSet<>();
        List<Finding> marked = new ArrayList<>();
        int added = 0;
        int unchanged = 0;
        for (Finding f : findings) {
            boolean old = known.contains(f.fingerprint());
            seen.add(f.fingerprint());
            marked.add(f.withBaseline(old ? Finding.BaselineState.UNCHANGED : Finding.BaselineState.NEW));
            if (!f.suppressed()) {
                if (old) {
                    unchanged++;
                } else {
                    added++;
                }
            }
        }
        List<Entry> fixed = entries.stream().filter(e -> !seen.contains(e.fingerprint())).toList();
        return new Outcome(marked, new Report(display, added, unchanged, fixed));
    }

    /** The baseline file's text. */
    public String toJson(String toolVersion, Instant generatedAt) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", "1.0");
        root.put("tool_version", toolVersion);
        root.put("generated_at", generatedAt.truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode list = root.putArray("findings");
        for (Entry e : entries) {
            ObjectNode o = list.addObject();
            o.put("fingerprint", e.fingerprint());
            o.put("rule_id", e.ruleId());
            o.put("resource", e.resource());
            o.put("severity", e.severity());
            o.put("message", e.message());
        }
        try {
            return SnapshotJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a baseline file, or a findings document used as one. */
    public static Baseline read(Path file, String display) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new ConfigException(display + ": not a baseline (malformed JSON: " + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new ConfigException(display + ": cannot read the baseline: " + e.getMessage(), e);
        }
        String format = root.path("format").asText("");
        if (!format.equals(FORMAT) && !format.equals(FINDINGS_FORMAT)) {
            throw new ConfigException(display + ": not a baseline (written by --write-baseline) or findings document"
                    + " (--format json)");
        }
        String version = root.path("format_version").asText("");
        if (!version.startsWith("1.")) {
            throw new ConfigException(display + ": " + (format.equals(FORMAT) ? "baseline" : "findings document")
                    + " version " + (version.isEmpty() ? "(none)" : version) + " is not supported (1.x)");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode f : root.path("findings")) {
            if (format.equals(FINDINGS_FORMAT) && f.hasNonNull("suppression")) {
                continue;
            }
            String fingerprint = f.path("fingerprint").asText(null);
            if (fingerprint == null) {
                throw new ConfigException(display + ": a finding without a fingerprint");
            }
            entries.add(new Entry(fingerprint, f.path("rule_id").asText(null), f.path("resource").asText(null),
                    f.path("severity").asText(null), f.path("message").asText(null)));
        }
        return new Baseline(entries);
    }
}
