package dev.rampart.report;

import dev.rampart.engine.Finding;
import dev.rampart.engine.Fingerprints;
import dev.rampart.engine.RuleInfo;
import dev.rampart.engine.ScanResult;
import dev.rampart.engine.Severity;
import dev.rampart.engine.Unknown;
import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Location;
import dev.rampart.snapshot.Resource;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.template.TemplateOptions;
import dev.rampart.template.TemplateSnapshotter;
import dev.rampart.wasm.value.ObjectValue;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scan results built by hand over the bundled example: what the reporters are tested on. */
final class ReportFixtures {
    static final Snapshot EXAMPLE = TemplateSnapshotter.read(List.of(Path.of("fixtures/example/cdk.out")),
            TemplateOptions.defaults());
    static final String LISTENER = "RampartExample/PublicAlbHttpA2F180B8";
    static final String ORDERS = "RampartExample/OrdersService70141735";
    static final String WEB = "RampartExample/WebService7F8A1763";
    static final String VPC = "RampartExample/Vpc8378EB38";
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    static final RuleInfo LB_001 = new RuleInfo("LB-001", "Internet-facing ALB listeners redirect HTTP to HTTPS",
            "An internet-facing Application Load Balancer listener on HTTP whose default action is not a redirect to"
                    + " HTTPS sends traffic in clear text.", Severity.HIGH,
            "Make the HTTP listener's default action a redirect to HTTPS (port 443, status HTTP_301).",
            List.of("https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html"),
            List.of("listeners"), List.of(), null, "rampart.rules.lb_001", "policies/rules/lb_001.rego");
    static final RuleInfo SC_001 = new RuleInfo("SC-001", "Sensitive Service Connect traffic is encrypted",
            "A sensitive ECS service exposes Service Connect without TLS.", Severity.HIGH,
            "Add a tls block with an AWS Private CA, or put an internal ALB with an ACM certificate in front.",
            List.of(), List.of("ecs_services"), List.of("encryption"), "medium", "rampart.rules.sc_001",
            "policies/rules/sc_001.rego");
    static final RuleInfo EPT_004 = new RuleInfo("EPT-004", "VPCs with awslogs tasks have a CloudWatch Logs endpoint",
            null, Severity.HIGH, "Add an interface endpoint for logs.", List.of(), List.of("vpcs"),
            "rampart.rules.ept_004", "policies/rules/ept_004.rego");
    static final RuleInfo NET_009 = new RuleInfo("NET-009", "One environment per VPC", "d", Severity.INFO, null,
            List.of(), List.of("vpcs"), "rampart.rules.net_009", "policies/rules/net_009.rego");

    private ReportFixtures() {}

    static ReportSettings settings() {
        return new ReportSettings(Severity.HIGH, false, Path.of(""), null, false, NOW);
    }

    static Finding finding(RuleInfo rule, String resource, String message, Severity severity) {
        Resource r = EXAMPLE.resources().filter(x -> x.id().equals(resource)).findFirst().orElseThrow();
        return new Finding(rule.id(), severity, resource, r.collection(), message, ObjectValue.EMPTY, r.location(),
                r.account(), r.region(), Fingerprints.of(rule.id(), resource, r.location(), r.account()), null, null);
    }

    /** The example's three intended findings, an unknown, and NET-009 passing. */
    static ScanResult example() {
        return result(List.of(
                finding(LB_001, LISTENER, "The HTTP listener of PublicAlb forwards to WebGroup instead of redirecting to HTTPS.", Severity.HIGH),
                finding(SC_001, ORDERS, "Service Connect of the confidential orders service has no TLS.", Severity.HIGH),
                finding(EPT_004, VPC, "Vpc has no CloudWatch Logs endpoint while tasks use awslogs.", Severity.MEDIUM)),
                List.of(new Unknown("SC-001", WEB, "its tags could not be resolved", location(WEB))), List.of());
    }

    static ScanResult result(List<Finding> findings, List<Unknown> unknowns, List<Gap> gaps) {
        List<RuleInfo> rules = List.of(EPT_004, LB_001, NET_009, SC_001);
        Map<String, List<String>> evaluated = new LinkedHashMap<>();
        for (RuleInfo r : rules) {
            List<String> ids = new ArrayList<>();
            EXAMPLE.resources().filter(x -> r.resourceKinds().contains(x.collection())).forEach(x -> ids.add(x.id()));
            evaluated.put(r.id(), ids);
        }
        return new ScanResult("0.1.0-test", List.of("fixtures/example/cdk.out"), EXAMPLE.source(), rules,
                findings.stream().sorted(dev.rampart.engine.PolicyEngine.FINDING_ORDER).toList(), unknowns, evaluated, gaps);
    }

    static Location location(String id) {
        return EXAMPLE.resources().filter(x -> x.id().equals(id)).findFirst().orElseThrow().location();
    }
}
