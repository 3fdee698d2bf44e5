package dev.rampart.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.engine.Baseline;
import dev.rampart.engine.Finding;
import dev.rampart.engine.RuleInfo;
import dev.rampart.engine.RunComparison;
import dev.rampart.engine.ScanResult;
import dev.rampart.engine.Severity;
import dev.rampart.engine.SuppressionAudit;
import dev.rampart.engine.Unknown;
import dev.rampart.snapshot.SnapshotJson;
import dev.rampart.wasm.value.Values;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The findings document ({@code --format json}, docs/findings.md): versioned, complete (rules with metadata,
 * findings with locations, fingerprints, suppressions and baseline state, unknowns, gaps, summary), and readable
 * back ({@link FindingsDocument}) for {@code rampart diff}, {@code --history} and {@code --baseline}.
 */
public final class FindingsJson {
    /** The document's {@code format}. */
    public static final String FORMAT = Baseline.FINDINGS_FORMAT;
    /** The document's {@code format_version}: a new minor version only adds fields. */
    public static final String VERSION = "1.0";

    /** Builds trees; {@link #write} lays them out as snapshots are (two spaces, {@code "key": value}). */
    static final ObjectMapper JSON = new ObjectMapper();

    private FindingsJson() {}

    public static String render(ScanResult result, ReportSettings settings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("format_version", VERSION);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "rampart");
        tool.put("version", result.toolVersion());
        root.put("generated_at", settings.generatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode inputs = root.putArray("inputs");
        result.inputs().forEach(inputs::add);
        root.set("source", SnapshotJson.mapper().valueToTree(result.source()));
        root.put("fail_on", settings.failOn() == null ? "never" : settings.failOn().json());
        root.set("summary", summary(Summary.of(result, settings), result));
        ArrayNode rules = root.putArray("rules");
        result.rules().forEach(r -> rules.add(rule(r, result)));
        root.set("findings", findings(result.findings()));
        ArrayNode unknowns = root.putArray("unknowns");
        result.unknowns().forEach(u -> unknowns.add(unknown(u)));
        root.set("gaps", SnapshotJson.mapper().valueToTree(result.gaps()));
        root.set("suppressions", suppressions(result.suppressions()));
        root.set("baseline", baseline(result.baseline()));
        root.set("changes", changes(result.changes()));
        return write(root);
    }

    static String write(JsonNode root) {
        try {
            return SnapshotJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode summary(Summary s, ScanResult result) {
        ObjectNode o = JSON.createObjectNode();
        o.put("findings", s.openTotal());
        ObjectNode by = o.putObject("by_severity");
        for (Severity sev : Severity.values()) {
            by.put(sev.json(), s.open().get(sev));
        }
        o.put("suppressed", s.suppressed());
        o.put("failing", s.failing());
        o.put("unknowns", s.unknowns());
        o.put("gaps", s.gaps());
        o.put("rules", s.rules());
        o.put("resources_evaluated", s.resources());
        o.put("incomplete", result.incomplete());
        o.put("verdict", s.verdict().name().toLowerCase(java.util.Locale.ROOT));
        o.put("exit_code", s.verdict().exitCode());
        return o;
    }

    private static ObjectNode rule(RuleInfo r, ScanResult result) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", r.id());
        o.put("title", r.title());
        o.put("description", r.description());
        o.put("severity", r.severity().json());
        o.put("remediation", r.remediation());
        strings(o.putArray("references"), r.references());
        strings(o.putArray("resource_kinds"), r.resourceKinds());
        strings(o.putArray("tags"), r.tags());
        o.put("precision", r.precision());
        o.put("package", r.packagePath());
        o.put("source", r.source());
        o.put("evaluated", result.evaluated().getOrDefault(r.id(), List.of()).size());
        return o;
    }

    static ArrayNode findings(List<Finding> findings) {
        ArrayNode a = JSON.createArrayNode();
        findings.forEach(f -> a.add(finding(f)));
        return a;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode o = JSON.createObjectNode();
        o.put("rule_id", f.ruleId());
        o.put("severity", f.severity().json());
        o.put("resource", f.resourceId());
        o.put("resource_kind", f.resourceKind());
        o.put("message", f.message());
        try {
            o.set("details", JSON.readTree(Values.toJson(f.details())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        o.set("location", SnapshotJson.mapper().valueToTree(f.location()));
        o.put("account", f.account());
        o.put("region", f.region());
        o.put("fingerprint", f.fingerprint());
        if (f.suppression() == null) {
            o.putNull("suppression");
        } else {
            ObjectNode s = o.putObject("suppression");
            s.put("kind", f.suppression().kind());
            s.put("justification", f.suppression().justification());
            s.put("owner", f.suppression().owner());
            s.put("expires", f.suppression().expires());
            s.put("origin", f.suppression().origin());
        }
        o.put("baseline", f.baseline() == null ? null : f.baseline().name().toLowerCase(java.util.Locale.ROOT));
        return o;
    }

    private static ObjectNode unknown(Unknown u) {
        ObjectNode o = JSON.createObjectNode();
        o.put("rule_id", u.ruleId());
        o.put("resource", u.resourceId());
        o.put("reason", u.reason());
        o.set("location", SnapshotJson.mapper().valueToTree(u.location()));
        return o;
    }

    private static ObjectNode suppressions(SuppressionAudit audit) {
        ObjectNode o = JSON.createObjectNode();
        o.put("suppressed", audit.suppressed());
        o.set("expired", entries(audit.expired()));
        o.set("stale", entries(audit.stale()));
        return o;
    }

    private static ArrayNode entries(List<SuppressionAudit.Entry> entries) {
        ArrayNode a = JSON.createArrayNode();
        for (SuppressionAudit.Entry e : entries) {
            ObjectNode o = a.addObject();
            o.put("kind", e.kind());
            o.put("scope", e.scope());
            o.put("reason", e.reason());
            o.put("owner", e.owner());
            o.put("expires", e.expires());
            o.put("origin", e.origin());
            o.put("matches", e.matches());
        }
        return a;
    }

    private static JsonNode baseline(Baseline.Report b) {
        if (b == null) {
            return JSON.nullNode();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("file", b.file());
        o.put("new", b.added());
        o.put("unchanged", b.unchanged());
        ArrayNode fixed = o.putArray("fixed");
        for (Baseline.Entry e : b.fixed()) {
            ObjectNode f = fixed.addObject();
            f.put("fingerprint", e.fingerprint());
            f.put("rule_id", e.ruleId());
            f.put("resource", e.resource());
            f.put("severity", e.severity());
            f.put("message", e.message());
        }
        return o;
    }

    static JsonNode changes(RunComparison c) {
        if (c == null) {
            return JSON.nullNode();
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("previous", c.previous());
        o.set("new", findings(c.added()));
        o.set("resolved", findings(c.resolved()));
        o.set("still_open", findings(c.stillOpen()));
        return o;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
