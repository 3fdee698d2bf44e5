package dev.rampart.wasm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code rego.metadata.rule()} and {@code rego.metadata.chain()}, compiled to constants as OPA does. */
class RegoMetadataTest {

    private static final String PARENT = """
            # METADATA
            # scope: subpackages
            # organizations: [acme]
            package rules
            """;

    private static final String POLICY = """
            # METADATA
            # title: Network rules
            # custom:
            #   severity: high
            package rules.net

            # METADATA
            # title: No SSH from the internet
            # description: Port 22 must not be open to the world.
            # related_resources:
            # - https://example.com/ssh
            # custom:
            #   id: NET-005
            #   weight: 2.5
            deny contains msg if {
                input.ssh_open
                meta := rego.metadata.rule()
                msg := sprintf("%s: %s", [meta.custom.id, meta.title])
            }

            chain := rego.metadata.chain()

            bare if rego.metadata.rule(m)
            """;

    @Test
    void ruleIsTheRulesOwnBlockAndUsableInAMessage() {
        assertThat(RegoRun.of(PARENT, POLICY).input("{\"ssh_open\": true}").query("x := data.rules.net.deny"))
                .isEqualTo("[{\"x\":[\"NET-005: No SSH from the internet\"]}]");
    }

    @Test
    void chainListsTheRuleThenItsPackageThenSubpackagesWithPathsUnderData() {
        assertThat(RegoRun.of(PARENT, POLICY).query("x := data.rules.net.chain")).isEqualTo("[{\"x\":["
                + "{\"path\":[\"rules\",\"net\",\"chain\"]},"
                + "{\"annotations\":{\"custom\":{\"severity\":\"high\"},\"scope\":\"package\",\"title\":\"Network rules\"},"
                + "\"path\":[\"rules\",\"net\"]},"
                + "{\"annotations\":{\"organizations\":[\"acme\"],\"scope\":\"subpackages\"},\"path\":[\"rules\"]}]}]");
    }

    @Test
    void aRuleWithoutItsOwnBlockGetsAnEmptyObjectAlsoAsAnOutputArgument() {
        assertThat(RegoRun.of(PARENT, POLICY).query("x := data.rules.net.bare")).isEqualTo("[{\"x\":true}]");
        String m = "package p\n# METADATA\n# title: T\nf(x) := [x, rego.metadata.rule().title]\ng := f(1)\n";
        assertThat(RegoRun.of(m).query("x := data.p.g")).isEqualTo("[{\"x\":[1,\"T\"]}]");
    }

    @Test
    void everyFieldThatIsSetIsThere() {
        String m = """
                package p
                # METADATA
                # title: T
                # description: D
                # authors:
                # - name: Ann
                #   email: ann@example.com
                # related_resources:
                # - ref: https://example.com
                #   description: docs
                # custom:
                #   n: 2.5
                #   l: [1, true, null]
                r := rego.metadata.rule()
                """;
        assertThat(RegoRun.of(m).query("x := data.p.r")).isEqualTo("[{\"x\":{"
                + "\"authors\":[{\"email\":\"ann@example.com\",\"name\":\"Ann\"}],"
                + "\"custom\":{\"l\":[1,true,null],\"n\":2.5},\"description\":\"D\","
                + "\"related_resources\":[{\"description\":\"docs\",\"ref\":\"https://example.com\"}],"
                + "\"scope\":\"rule\",\"title\":\"T\"}}]");
    }
}
