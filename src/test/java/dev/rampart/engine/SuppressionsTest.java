package dev.rampart.engine;

import static dev.rampart.engine.EngineFixtures.LISTENER;
import static dev.rampart.engine.EngineFixtures.ORDERS;
import static dev.rampart.engine.EngineFixtures.WEB;
import static dev.rampart.engine.EngineFixtures.finding;
import static dev.rampart.engine.EngineFixtures.rule;
import static dev.rampart.engine.EngineFixtures.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.snapshot.Location;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.Suppression;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.value.ObjectValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suppressions: which findings an entry covers, reasons, expiry, stale entries, and entries from templates. */
class SuppressionsTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    private static final Snapshot EXAMPLE = EngineFixtures.example();
    private static final SnapshotInput INPUT = SnapshotInput.of(EXAMPLE);
    private static final RuleInfo SC_001 = rule("SC-001", Severity.HIGH, "ecs_services");
    private static final RuleInfo LB_001 = rule("LB-001", Severity.HIGH, "listeners");

    @TempDir
    Path dir;

    private static List<Finding> findings() {
        return new PolicyEngine(EvalOptions.DEFAULT, 1).evaluate(EngineFixtures.policies(new FakeProgram(Map.of(
                "rampart/rules/sc_001/deny", set(finding(ORDERS, "Orders without TLS."), finding(WEB, "Web without TLS.")),
                "rampart/rules/lb_001/deny", set(finding(LISTENER, "HTTP forwards.")))), SC_001, LB_001), INPUT,
                ObjectValue.EMPTY).findings();
    }

    private List<SuppressionRule> file(String yaml) throws IOException {
        return SuppressionFile.read(Files.writeString(dir.resolve("suppressions.yaml"), yaml), ".rampart/suppressions.yaml");
    }

    private static Suppressor.Outcome apply(List<SuppressionRule> rules) {
        return Suppressor.apply(findings(), rules, INPUT, TODAY);
    }

    private static Finding on(Suppressor.Outcome o, String resource) {
        return o.findings().stream().filter(f -> f.resourceId().equals(resource)).findFirst().orElseThrow();
    }

    @Test
    void anEntryCoversItsRuleOnResourcesMatchingItsGlob() throws IOException {
        var o = apply(file("""
                suppressions:
                  - rule: SC-001
                    resource: "RampartExample/Orders*"
                    reason: Orders traffic stays on one host until the CA is bought
                    owner: payments-team
                    expires: 2025-12-31
                """));

        Finding orders = on(o, ORDERS);
        assertThat(orders.suppressed()).isTrue();
        assertThat(orders.suppression()).isEqualTo(new Finding.Suppression("external",
                "Orders traffic stays on one host until the CA is bought", "payments-team", "2025-12-31",
                ".rampart/suppressions.yaml:2"));
        assertThat(on(o, WEB).suppressed()).isFalse();
        assertThat(on(o, LISTENER).suppressed()).isFalse();
        assertThat(o.findings()).hasSize(3).as("suppressed findings are kept, marked");
        assertThat(o.audit().suppressed()).isEqualTo(1);
        assertThat(o.audit().stale()).isEmpty();
        assertThat(o.audit().expired()).isEmpty();
    }

    @Test
    void tagsMustAllMatchTheResourcesTags() throws IOException {
        var o = apply(file("""
                suppressions:
                  - rule: "SC-*"
                    tags: {data-classification: confidential, environment: "pr*"}
                    reason: accepted
                    owner: me
                """));

        assertThat(on(o, ORDERS).suppressed()).isTrue();
        assertThat(on(o, WEB).suppressed()).as("no data-classification tag").isFalse();
    }

    @Test
    void accountRegionStackAndConstructPathNarrowAnEntry() throws IOException {
        var o = apply(file("""
                suppressions:
                  - {rule: LB-001, account: 111111111111, region: eu-west-1, stack: RampartExample,
                     construct_path: "RampartExample/PublicAlb/*", reason: r, owner: o}
                  - {rule: SC-001, account: "222222222222", reason: r, owner: o}
                """));

        assertThat(on(o, LISTENER).suppressed()).isTrue();
        assertThat(on(o, ORDERS).suppressed()).isFalse();
        assertThat(o.audit().stale()).singleElement().satisfies(e -> {
            assertThat(e.scope()).isEqualTo("SC-001 account=222222222222");
            assertThat(e.origin()).isEqualTo(".rampart/suppressions.yaml:4");
        });
    }

    @Test
    void anExpiredEntryStopsSuppressingAndIsReportedWithWhatItWouldCover() throws IOException {
        var o = apply(file("""
                suppressions:
                  - {rule: LB-001, reason: until the redirect ships, owner: web-team, expires: 2025-05-31}
                """));

        assertThat(on(o, LISTENER).suppressed()).isFalse();
        assertThat(o.audit().expired()).singleElement().satisfies(e -> {
            assertThat(e.expires()).isEqualTo("2025-05-31");
            assertThat(e.matches()).isEqualTo(1);
            assertThat(e.owner()).isEqualTo("web-team");
        });
        assertThat(o.audit().stale()).as("expired, not stale").isEmpty();
    }

    @Test
    void anEntryAppliesOnItsExpiryDay() throws IOException {
        var o = apply(file("suppressions:\n  - {rule: LB-001, reason: r, owner: o, expires: 2025-06-01}\n"));

        assertThat(on(o, LISTENER).suppressed()).isTrue();
    }

    @Test
    void anEntryThatCoversNothingIsStale() throws IOException {
        var o = apply(file("suppressions:\n  - {rule: NET-001, resource: gone/*, reason: r, owner: o}\n"));

        assertThat(o.audit().stale()).singleElement().satisfies(e -> assertThat(e.scope()).isEqualTo("NET-001 on gone/*"));
    }

    @Test
    void anEntryWithoutReasonIsAnErrorNamingItsLine() {
        assertThatThrownBy(() -> file("suppressions:\n  - rule: LB-001\n    owner: me\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(".rampart/suppressions.yaml:2:5: the suppression of LB-001 has no reason");
    }

    @Test
    void anEntryWithoutOwnerIsAnError() {
        assertThatThrownBy(() -> file("suppressions:\n  - {rule: LB-001, reason: r}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("has no owner");
    }

    @Test
    void anEntryWithoutRuleIsAnError() {
        assertThatThrownBy(() -> file("suppressions:\n  - {resource: x, reason: r, owner: o}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("needs 'rule'");
    }

    @Test
    void anUnknownKeyIsAnError() {
        assertThatThrownBy(() -> file("suppressions:\n  - {rule: LB-001, reason: r, owner: o, expiry: 2025-01-01}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown key 'expiry'");
    }

    @Test
    void aVersionOtherThanOneIsRefused() throws Exception {
        assertThatThrownBy(() -> file("version: 2\nsuppressions: []\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("suppressions file version 2 is not supported (this Rampart reads version 1)");
        assertThat(file("version: 1\nsuppressions: []\n")).isEmpty();
    }

    @Test
    void aBadDateIsAnError() {
        assertThatThrownBy(() -> file("suppressions:\n  - {rule: LB-001, reason: r, owner: o, expires: next year}\n"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'expires' must be a date YYYY-MM-DD");
    }

    @Test
    void aFileWithoutASuppressionsListIsAnError() {
        assertThatThrownBy(() -> file("- rule: LB-001\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("a mapping with a 'suppressions' list");
    }

    @Test
    void templateEntriesCoverTheirOwnResourceOnly() {
        Location at = new Location("app.template.json", 1200, 9, "RampartExample", "OrdersService70141735", null, null);
        List<SuppressionRule> rules = SuppressionFile.fromSnapshot(List.of(
                new Suppression(ORDERS, "SC-001", "mTLS at the app layer", "payments", null, at)));

        var o = apply(rules);

        assertThat(on(o, ORDERS).suppression()).isEqualTo(new Finding.Suppression("inSource", "mTLS at the app layer",
                "payments", null, "app.template.json:1200"));
        assertThat(on(o, WEB).suppressed()).isFalse();
    }

    @Test
    void aTemplateEntryWithoutReasonIsAnErrorNamingItsLine() {
        Location at = new Location("app.template.json", 1200, 9, "RampartExample", "OrdersService70141735", null, null);

        assertThatThrownBy(() -> SuppressionFile.fromSnapshot(List.of(new Suppression(ORDERS, "SC-001", null, null, null, at))))
                .isInstanceOf(ConfigException.class)
                .hasMessage("app.template.json:1200: the suppression of SC-001 on RampartExample/OrdersService70141735 has"
                        + " no reason (Metadata.rampart.suppress entries need 'reason')");
    }

    @Test
    void globsMatchWholeStringsAndSpanSlashes() {
        assertThat(Glob.of("Stack/*").matches("Stack/A/B")).isTrue();
        assertThat(Glob.of("NET-00?").matches("NET-001")).isTrue();
        assertThat(Glob.of("NET-00?").matches("NET-0012")).isFalse();
        assertThat(Glob.of("a.b").matches("aXb")).as("dots are literal").isFalse();
        assertThat(Glob.exact("a*").matches("ab")).isFalse();
    }

    @Test
    void theDefaultCentralFileIsUsedOnlyWhenItExistsAndNoFileIsGiven(@TempDir Path repo) throws IOException {
        assertThat(SuppressionFile.choose(null, repo)).isNull();
        Path file = repo.resolve(".rampart/suppressions.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "suppressions: []\n");
        assertThat(SuppressionFile.choose(null, repo)).isEqualTo(file);
        Path given = repo.resolve("other.yaml");
        assertThat(SuppressionFile.choose(given, repo)).isEqualTo(given);
    }
}
