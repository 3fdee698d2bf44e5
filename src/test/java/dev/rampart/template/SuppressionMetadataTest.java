package dev.rampart.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotReader;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.snapshot.Suppression;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Metadata.rampart.suppress entries of template resources travel into the snapshot as written. */
class SuppressionMetadataTest {
    @TempDir
    Path dir;

    private Path template(String resourceMetadata) throws IOException {
        return Files.writeString(dir.resolve("bastion.yaml"), """
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties:
                      CidrBlock: 10.0.0.0/16
                  Bastion:
                    Type: AWS::EC2::Instance
                    Metadata:
                """ + resourceMetadata.indent(6) + """
                    Properties:
                      ImageId: ami-12345678
                """);
    }

    @Test
    void entriesBecomeSnapshotSuppressionsWithTheirTemplatePosition() throws IOException {
        Path file = template("""
                aws:cdk:path: Stack/Bastion/Resource
                rampart:
                  suppress:
                    - id: NET-001
                      reason: Bastion host, reached through SSM only
                      owner: platform-team
                      expires: "2030-12-31"
                    - id: NET-005
                """);

        Snapshot s = Fixtures.read(Fixtures.options(), file);

        assertThat(s.schemaVersion()).isEqualTo("1.1");
        assertThat(s.suppressions()).hasSize(2);
        Suppression first = s.suppressions().get(0);
        assertThat(first.resource()).isEqualTo("bastion/Bastion");
        assertThat(first.rule()).isEqualTo("NET-001");
        assertThat(first.reason()).isEqualTo("Bastion host, reached through SSM only");
        assertThat(first.owner()).isEqualTo("platform-team");
        assertThat(first.expires()).isEqualTo("2030-12-31");
        assertThat(first.location().line()).isEqualTo(12);
        assertThat(first.location().logicalId()).isEqualTo("Bastion");
        assertThat(first.location().constructPath()).isEqualTo("Stack/Bastion/Resource");
        assertThat(s.suppressions().get(1).reason()).as("refused by the scan, carried here").isNull();
    }

    @Test
    void theSnapshotWithSuppressionsValidatesAndReadsBack() throws IOException {
        Path file = template("""
                rampart:
                  suppress:
                    - {id: NET-001, reason: bastion}
                """);
        Snapshot s = Fixtures.read(Fixtures.options(), file);

        Snapshot back = SnapshotReader.fromJson(SnapshotWriter.toJson(s), "round trip");

        assertThat(back.suppressions()).isEqualTo(s.suppressions());
    }

    @Test
    void aSnapshotOfVersionOneZeroHasNoSuppressions() throws IOException {
        Path file = template("{}");
        String json = SnapshotWriter.toJson(Fixtures.read(Fixtures.options(), file))
                .replace("\"schema_version\": \"1.1\"", "\"schema_version\": \"1.0\"")
                .replaceFirst(",\\s*\"suppressions\": \\[\\s*\\]", "");

        assertThat(json).doesNotContain("suppressions");
        assertThat(SnapshotReader.fromJson(json, "old.json").suppressions()).isEmpty();
    }

    @Test
    void anEntryWithAnUnknownKeyIsAnErrorNamingTheLine() throws IOException {
        Path file = template("""
                rampart:
                  suppress:
                    - id: NET-001
                      reasons: typo
                """);

        assertThatThrownBy(() -> Fixtures.read(Fixtures.options(), file))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("bastion.yaml:12:")
                .hasMessageContaining("unknown key 'reasons'");
    }

    @Test
    void suppressMustBeAList() throws IOException {
        Path file = template("""
                rampart:
                  suppress: NET-001
                """);

        assertThatThrownBy(() -> Fixtures.read(Fixtures.options(), file))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("must be a list");
    }
}
