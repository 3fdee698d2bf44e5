package dev.rampart.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data.rampart.config: the jar's defaults deep-merged with --config FILE. */
class ScanConfigTest {
    @TempDir
    Path dir;

    private static ObjectValue json(String text) {
        return (ObjectValue) Values.fromJson(text);
    }

    @Test
    void objectsMergeKeyByKeyAndOtherValuesReplace() {
        ObjectValue base = json("{\"tags\": {\"a\": [\"x\"], \"b\": [\"y\"]}, \"keys\": [\"env\"], \"n\": 1}");
        ObjectValue user = json("{\"tags\": {\"b\": [\"z\"]}, \"keys\": [\"stage\"], \"extra\": true}");

        assertThat(Values.toJson(ScanConfig.merge(base, user)))
                .isEqualTo("{\"extra\":true,\"keys\":[\"stage\"],\"n\":1,\"tags\":{\"a\":[\"x\"],\"b\":[\"z\"]}}");
    }

    @Test
    void aYamlFileOverridesTheDefaults() throws IOException {
        Path f = Files.writeString(dir.resolve("rampart.yaml"), "environment_tag_keys: [stage]\n");

        ObjectValue config = ScanConfig.load(f, "rampart.yaml");

        assertThat(Values.toJson(config.get("environment_tag_keys"))).isEqualTo("[\"stage\"]");
        assertThat(ScanConfig.defaults().keys()).allSatisfy(k -> assertThat(config.get(k)).isNotNull());
    }

    @Test
    void aJsonFileIsReadAsJson() throws IOException {
        Path f = Files.writeString(dir.resolve("c.json"), "{\"sensitivity_tags\": {\"tier\": [\"pci\"]}}");

        assertThat(Values.toJson(ScanConfig.load(f, "c.json").get("sensitivity_tags")))
                .contains("\"tier\":[\"pci\"]");
    }

    @Test
    void malformedConfigurationIsAnErrorNamingTheFile() throws IOException {
        Path f = Files.writeString(dir.resolve("c.json"), "{\"a\": ");

        assertThatThrownBy(() -> ScanConfig.load(f, "conf/c.json")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("conf/c.json");
    }

    @Test
    void builtInKeysMustHaveTheirShapeAndAMisspeltOneIsNamed() throws IOException {
        assertThatThrownBy(() -> load("sensitivty_tags: {x: [y]}\n")).isInstanceOf(ConfigException.class)
                .hasMessage("c.yaml: sensitivty_tags is not a configuration key; did you mean sensitivity_tags?"
                        + " (see docs/policies.md)");
        assertThatThrownBy(() -> load("ssl_policy_allowlist: ELBSecurityPolicy-2016-08\n"))
                .hasMessage("c.yaml: ssl_policy_allowlist must be a list of strings (see docs/policies.md)");
        assertThatThrownBy(() -> load("sensitivity_tags: {tier: pci}\n"))
                .hasMessage("c.yaml: sensitivity_tags must map each key to a list of strings (or null to remove it)"
                        + " (tier does not) (see docs/policies.md)");
        assertThatThrownBy(() -> load("required_endpoint_services: {sqs: interfce}\n"))
                .hasMessageContaining("required_endpoint_services must map each key to \"interface\" or \"gateway\"");
        // keys of their own, for custom policies, are theirs to use
        assertThat(load("team_owners: {web: [alice]}\n").get("team_owners")).isNotNull();
        // null takes an entry of the defaults out (the file is merged over them key by key)
        assertThat(Values.toJson(load("required_endpoint_services: {logs: null}\n").get("required_endpoint_services")))
                .contains("\"logs\":null");
    }

    private ObjectValue load(String yaml) throws IOException {
        return ScanConfig.load(Files.writeString(dir.resolve("c.yaml"), yaml), "c.yaml");
    }

    @Test
    void configurationThatIsNotAMappingIsAnError() throws IOException {
        Path f = Files.writeString(dir.resolve("c.yaml"), "- a\n- b\n");

        assertThatThrownBy(() -> ScanConfig.load(f, "c.yaml")).isInstanceOf(ConfigException.class)
                .hasMessage("c.yaml: the configuration must be a mapping of keys (see docs/policies.md), not an array");
    }

    @Test
    void aMissingFileIsAnErrorNamingIt() {
        assertThatThrownBy(() -> ScanConfig.load(dir.resolve("no.yaml"), "no.yaml")).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("no.yaml: cannot read the configuration file");
    }

    @Test
    void theDataDocumentHoldsTheConfigurationUnderRampartConfig() {
        assertThat(Values.toJson(ScanConfig.data(json("{\"k\": 1}")))).isEqualTo("{\"rampart\":{\"config\":{\"k\":1}}}");
    }
}
