package dev.rampart.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.snapshot.Instance;
import dev.rampart.snapshot.InvalidSnapshotException;
import dev.rampart.snapshot.SecurityGroup;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.snapshot.Source;
import dev.rampart.template.resolve.ReferenceCycleException;
import dev.rampart.template.tree.ParseLimits;
import dev.rampart.template.tree.TemplateLimitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What TemplateSnapshotter accepts and how it refuses what it cannot read. */
class InputsTest {

    @Test
    void aNestedStackOnDiskIsReadWithItsParentsParametersAndOutputs() {
        Snapshot s = Fixtures.read(Fixtures.options(), Fixtures.template("nested/parent.yaml"));
        SecurityGroup group = Fixtures.find(s, SecurityGroup.class, "parent/Firewall/Group");
        assertThat(group.vpcId()).isEqualTo("parent/Vpc");
        assertThat(group.ingress().get(0).cidrs()).containsExactly("10.30.0.0/16");
        assertThat(group.location().file()).isEqualTo("fixtures/templates/nested/child.yaml");
        assertThat(group.location().stack()).isEqualTo("parent/Firewall");
        assertThat(Fixtures.find(s, Instance.class, "parent/Server").securityGroupIds())
                .containsExactly("parent/Firewall/Group");
        assertThat(s.source().files()).containsExactly("fixtures/templates/nested/parent.yaml",
                "fixtures/templates/nested/child.yaml");
    }

    @Test
    void aNestedStackWhoseTemplateIsNotLocalIsCountedWithAGap() {
        Snapshot s = Fixtures.read(Fixtures.options(), Fixtures.template("nested/parent.yaml"));
        assertThat(s.source().unsupportedResourceTypes()).containsEntry("AWS::CloudFormation::Stack", 1);
        assertThat(s.gaps()).anySatisfy(g -> {
            assertThat(g.resource()).isEqualTo("parent/Remote");
            assertThat(g.reason()).contains("not available locally");
        });
    }

    @Test
    void aFileWithoutResourcesIsNotATemplate() {
        assertThatThrownBy(() -> Fixtures.read(Fixtures.options(), Fixtures.template("bad/not-a-template.yaml")))
                .isInstanceOf(NotATemplateException.class)
                .hasMessage("fixtures/templates/bad/not-a-template.yaml is not a CloudFormation template (it has no"
                        + " Resources section)");
    }

    @Test
    void aReferenceCycleIsAnErrorNamingTheCycle() {
        assertThatThrownBy(() -> Fixtures.read(Fixtures.options(), Fixtures.template("bad/reference-cycle.yaml")))
                .isInstanceOf(ReferenceCycleException.class)
                .hasMessageContaining("fixtures/templates/bad/reference-cycle.yaml:")
                .hasMessageContaining("condition A").hasMessageContaining("condition B");
    }

    @Test
    void aDirectoryWithoutAManifestIsRefused() {
        assertThatThrownBy(() -> Fixtures.read(Fixtures.options(), Fixtures.TEMPLATES))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("fixtures/templates").hasMessageContaining("manifest.json");
    }

    @Test
    void aMissingInputIsNamed() {
        assertThatThrownBy(() -> Fixtures.read(Fixtures.options(), Path.of("no/such/template.yaml")))
                .isInstanceOf(TemplateException.class)
                .hasMessage("no/such/template.yaml: no such file or directory");
    }

    @Test
    void templatesSharingAFileNameAreToldApartByTheirDirectories(@TempDir Path dir) throws Exception {
        Path dev = Files.createDirectories(dir.resolve("envs/dev")).resolve("network.yaml");
        Path prod = Files.createDirectories(dir.resolve("envs/prod")).resolve("network.yaml");
        Files.copy(Fixtures.template("network.yaml"), dev);
        Files.copy(Fixtures.template("network.yaml"), prod);

        var snapshot = Fixtures.read(Fixtures.options(), dev, prod);

        assertThat(snapshot.source().stacks()).extracting(s -> s.name()).containsExactly("dev.network", "prod.network");
        assertThat(snapshot.vpcs()).extracting(v -> v.id()).allMatch(id -> id.startsWith("dev.network/")
                || id.startsWith("prod.network/")).hasSize(2);
    }

    @Test
    void aParameterNamedOnTheCommandLineMustBeDeclaredBySomeTemplate() {
        var misspelt = Fixtures.options().withParameters(java.util.Map.of("Enviroment", "dev"))
                .withDeclaredSomewhere(java.util.Set.of("Enviroment"));
        assertThatThrownBy(() -> Fixtures.read(misspelt, Fixtures.template("network.yaml")))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("--param Enviroment: no template read declares a parameter Enviroment (declared: ")
                .hasMessageContaining("Environment");
        var right = Fixtures.options().withParameters(java.util.Map.of("Environment", "dev"))
                .withDeclaredSomewhere(java.util.Set.of("Environment"));
        assertThat(Fixtures.read(right, Fixtures.template("network.yaml")).vpcs()).isNotEmpty();
    }

    @Test
    void theSameTemplateTwiceIsRefused() {
        assertThatThrownBy(() -> Fixtures.read(Fixtures.options(), Fixtures.template("network.yaml"),
                Fixtures.template("network.yaml")))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("two stacks are named network");
    }

    @Test
    void theFileSizeLimitAppliesToEveryInput() {
        TemplateOptions tiny = Fixtures.options().withLimits(ParseLimits.DEFAULTS.withMaxFileBytes(1000));
        assertThatThrownBy(() -> Fixtures.read(tiny, Fixtures.template("network.yaml")))
                .isInstanceOf(TemplateLimitException.class).hasMessageContaining("network.yaml");
        assertThatThrownBy(() -> Fixtures.read(tiny, Fixtures.EXAMPLE))
                .isInstanceOf(TemplateLimitException.class);
    }

    @Test
    void anEarlierSnapshotIsMergedWithTemplates(@TempDir Path dir) throws Exception {
        Path earlier = dir.resolve("network-snapshot.json");
        Files.writeString(earlier, SnapshotWriter.toJson(Fixtures.read(Fixtures.inEuWest1(),
                Fixtures.template("network.yaml"))));
        Snapshot merged = Fixtures.read(Fixtures.inEuWest1(), earlier, Fixtures.template("nested/parent.yaml"));
        assertThat(merged.source().kind()).isEqualTo(Source.Kind.TEMPLATE);
        assertThat(merged.source().files()).contains("fixtures/templates/network.yaml",
                "fixtures/templates/nested/parent.yaml");
        assertThat(merged.vpcs()).hasSize(2);
    }

    @Test
    void aSnapshotAloneIsReadBackUnchanged(@TempDir Path dir) throws Exception {
        Snapshot original = Fixtures.read(Fixtures.inEuWest1(), Fixtures.template("network.yaml"));
        Path file = dir.resolve("s.json");
        Files.writeString(file, SnapshotWriter.toJson(original));
        assertThat(Fixtures.read(Fixtures.options(), file)).isEqualTo(original);
    }

    @Test
    void aBrokenSnapshotFileIsRefusedWithItsPointers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, SnapshotWriter.toJson(Fixtures.read(Fixtures.inEuWest1(),
                Fixtures.template("network.yaml"))).replace("\"cidr_block\": \"10.0.0.0/16\"", "\"cidr_block\": 16"));
        assertThatThrownBy(() -> Fixtures.read(Fixtures.options(), file))
                .isInstanceOf(InvalidSnapshotException.class)
                .hasMessageContaining("broken.json#/vpcs/0/cidr_block");
    }

    @Test
    void parameterFilesAcceptAMapAndTheCloudFormationCliList(@TempDir Path dir) throws Exception {
        Path map = dir.resolve("params.yaml");
        Files.writeString(map, "Environment: dev\nZones: [a, b]\n");
        Path cli = dir.resolve("params.json");
        Files.writeString(cli, "[{\"ParameterKey\": \"Environment\", \"ParameterValue\": \"dev\"}]");
        Path wrapped = dir.resolve("config.json");
        Files.writeString(wrapped, "{\"Parameters\": {\"Environment\": \"dev\"}}");
        assertThat(ParameterFile.read(map, ParseLimits.DEFAULTS)).isEqualTo(Map.of("Environment", "dev", "Zones", "a,b"));
        assertThat(ParameterFile.read(cli, ParseLimits.DEFAULTS)).isEqualTo(Map.of("Environment", "dev"));
        assertThat(ParameterFile.read(wrapped, ParseLimits.DEFAULTS)).isEqualTo(Map.of("Environment", "dev"));
    }

    @Test
    void nothingToReadIsAnError() {
        assertThatThrownBy(() -> TemplateSnapshotter.read(List.of(), Fixtures.options()))
                .isInstanceOf(TemplateException.class);
    }
}
