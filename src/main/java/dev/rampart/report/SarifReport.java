package dev.rampart.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.engine.Finding;
import dev.rampart.engine.Fingerprints;
import dev.rampart.engine.RuleInfo;
import dev.rampart.engine.ScanResult;
import dev.rampart.engine.SuppressionAudit;
import dev.rampart.engine.Unknown;
import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Location;
import dev.rampart.snapshot.Source;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning (docs/sarif.md, ../shared/sarif/GITHUB-NOTES.md): one run; rules with
 * what GitHub shows; results with a physical location relative to {@code %SRCROOT%} and a full region, logical
 * locations (resource id, CDK construct path), fingerprints that survive re-synthesis, suppressions and baseline
 * state; gaps, unknowns and expired or stale suppressions as tool execution notifications.
 *
 * <p>Live resources have no file. Their results carry logical locations and point, through
 * {@code analysisTarget}, at a synthetic artifact {@code aws://account/region/resource} listed in
 * {@code run.artifacts}; no {@code physicalLocation} carries that URI, because GitHub rejects a whole upload
 * whose locations use a scheme other than the checkout's {@code file:}. GitHub therefore shows only the
 * template results.
 */
public final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String INFORMATION_URI = "https://github.com/rampart-dev/rampart";

    private final ScanResult result;
    private final ReportSettings settings;
    private final SourceFiles files;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final Map<String, Integer> artifactIndex = new LinkedHashMap<>();

    private SarifReport(ScanResult result, ReportSettings settings) {
        this.result = result;
        this.settings = settings;
        this.files = new SourceFiles(settings.sourceRoot());
    }

    public static String render(ScanResult result, ReportSettings settings) {
        return FindingsJson.write(new SarifReport(result, settings).log());
    }

    /** The automation id: the category and a {@code /}, so GitHub reads the whole category. */
    static String automationId(String category, Source source) {
        String c = category;
        if (c == null || c.isBlank()) {
            c = "rampart/" + switch (source == null ? Source.Kind.TEMPLATE : source.kind()) {
                case TEMPLATE -> "templates";
                case AWS -> "aws";
                case MIXED -> "mixed";
            };
        }
        return c.endsWith("/") ? c : c + "/";
    }

    private ObjectNode log() {
        ObjectNode log = FindingsJson.JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "Rampart");
        driver.put("version", result.toolVersion());
        driver.put("semanticVersion", result.toolVersion());
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (RuleInfo r : result.rules()) {
            ruleIndex.put(r.id(), rules.size());
            rules.add(SarifRules.descriptor(r));
        }
        run.putObject("automationDetails").put("id", automationId(settings.category(), result.source()));
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", files.rootUri());
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", !result.incomplete());
        invocation.set("toolExecutionNotifications", notifications());
        run.put("columnKind", "utf16CodeUnits");
        ArrayNode results = run.putArray("results");
        result.findings().forEach(f -> results.add(result(f)));
        if (!artifactIndex.isEmpty()) {
            ArrayNode artifacts = FindingsJson.JSON.createArrayNode();
            artifactIndex.keySet().forEach(uri -> {
                ObjectNode a = artifacts.addObject();
                a.putObject("location").put("uri", uri);
                a.putArray("roles").add("analysisTarget");
                a.putObject("description").put("text", "A live AWS resource (no file)");
            });
            run.set("artifacts", artifacts);
        }
        return log;
    }

    private ObjectNode result(Finding f) {
        ObjectNode r = FindingsJson.JSON.createObjectNode();
        r.put("ruleId", f.ruleId());
        Integer index = ruleIndex.get(f.ruleId());
        if (index != null) {
            r.put("ruleIndex", index);
        }
        r.put("level", SarifRules.level(f.severity()));
        r.putObject("message").put("text", f.message());
        ObjectNode location = r.putArray("locations").addObject();
        if (f.location().file() != null) {
            location.set("physicalLocation", physical(f.location()));
        } else {
            r.putObject("analysisTarget").put("index", artifact(f));
        }
        location.set("logicalLocations", logical(f.resourceId(), f.location()));
        ObjectNode fingerprints = r.putObject("partialFingerprints");
        // GitHub reads only primaryLocationLineHash; ours does not move with lines or re-synthesis.
        fingerprints.put("primaryLocationLineHash", f.fingerprint());
        fingerprints.put(Fingerprints.SARIF_KEY, f.fingerprint());
        if (f.suppression() != null) {
            ObjectNode s = r.putArray("suppressions").addObject();
            s.put("kind", f.suppression().kind());
            s.put("status", "accepted");
            s.put("justification", f.suppression().justification());
            ObjectNode p = s.putObject("properties");
            p.put("owner", f.suppression().owner());
            p.put("expires", f.suppression().expires());
            p.put("origin", f.suppression().origin());
        }
        if (f.baseline() != null) {
            r.put("baselineState", f.baseline() == Finding.BaselineState.NEW ? "new" : "unchanged");
        }
        ObjectNode props = r.putObject("properties");
        props.put("severity", f.severity().json());
        props.put("resource", f.resourceId());
        props.put("resourceKind", f.resourceKind());
        props.put("account", f.account());
        props.put("region", f.region());
        return r;
    }

    private ObjectNode physical(Location at) {
        ObjectNode p = FindingsJson.JSON.createObjectNode();
        SourceFiles.FileUri uri = files.uri(at.file());
        ObjectNode artifact = p.putObject("artifactLocation");
        artifact.put("uri", uri.uri());
        if (uri.underRoot()) {
            artifact.put("uriBaseId", SRCROOT);
        }
        if (at.line() != null) {
            int column = at.column() == null ? 1 : at.column();
            int length = at.logicalId() == null ? 1 : at.logicalId().length();
            ObjectNode region = p.putObject("region");
            region.put("startLine", at.line());
            region.put("startColumn", column);
            region.put("endLine", at.line());
            region.put("endColumn", at.column() == null ? column + 1 : files.keyEnd(at.file(), at.line(), column, length));
        }
        return p;
    }

    private static ArrayNode logical(String resourceId, Location at) {
        ArrayNode a = FindingsJson.JSON.createArrayNode();
        ObjectNode resource = a.addObject();
        resource.put("name", at.logicalId() != null ? at.logicalId() : resourceId);
        resource.put("fullyQualifiedName", resourceId);
        resource.put("kind", "resource");
        if (at.constructPath() != null) {
            ObjectNode construct = a.addObject();
            String path = at.constructPath();
            construct.put("name", path.substring(path.lastIndexOf('/') + 1));
            construct.put("fullyQualifiedName", path);
            construct.put("kind", "module");
        }
        return a;
    }

    private int artifact(Finding f) {
        String uri = "aws://" + SourceFiles.segment(f.account() == null ? "unknown-account" : f.account()) + "/"
                + SourceFiles.segment(f.region() == null ? "global" : f.region()) + "/" + SourceFiles.segment(f.resourceId());
        return artifactIndex.computeIfAbsent(uri, u -> artifactIndex.size());
    }

    private ArrayNode notifications() {
        ArrayNode a = FindingsJson.JSON.createArrayNode();
        for (Gap g : result.gaps()) {
            ObjectNode n = notification(a, "warning", "rampart/gap/" + g.kind().json(), "Gap: " + Locations.describe(g));
            if (g.location() != null && g.location().file() != null) {
                n.putArray("locations").addObject().set("physicalLocation", physical(g.location()));
            }
        }
        for (Unknown u : result.unknowns()) {
            ObjectNode n = notification(a, "warning", "rampart/unknown",
                    u.ruleId() + " could not decide " + u.resourceId() + ": " + u.reason());
            ObjectNode rule = n.putObject("associatedRule").put("id", u.ruleId());
            Integer index = ruleIndex.get(u.ruleId());
            if (index != null) {
                rule.put("index", index);
            }
            if (u.location().file() != null) {
                n.putArray("locations").addObject().set("physicalLocation", physical(u.location()));
            }
        }
        for (SuppressionAudit.Entry e : result.suppressions().expired()) {
            notification(a, "warning", "rampart/suppression/expired", "Suppression " + e.scope() + " expired on "
                    + e.expires() + " and no longer applies to " + e.matches() + " finding(s) (" + e.origin() + ")");
        }
        for (SuppressionAudit.Entry e : result.suppressions().stale()) {
            notification(a, "note", "rampart/suppression/stale", "Suppression " + e.scope()
                    + " matches no finding; remove it (" + e.origin() + ")");
        }
        return a;
    }

    private static ObjectNode notification(ArrayNode into, String level, String id, String text) {
        ObjectNode n = into.addObject();
        n.put("level", level);
        n.putObject("message").put("text", text);
        n.putObject("descriptor").put("id", id);
        return n;
    }
}
