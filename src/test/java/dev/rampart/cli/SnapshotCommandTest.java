package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rampart.snapshot.SnapshotJson;
import dev.rampart.snapshot.SnapshotValidator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rampart snapshot} end to end, through the picocli command line. */
class SnapshotCommandTest {

    private record Run(int exitCode, String out, String err) {
        JsonNode json() throws Exception {
            return SnapshotJson.mapper().readTree(out);
        }
    }

    private static Run rampart(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rampart.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theExampleAssemblyPrintsAValidSnapshotOnStandardOutput() throws Exception {
        Run run = rampart("snapshot", "fixtures/example/cdk.out");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode doc = run.json();
        assertThat(SnapshotValidator.instance().validate(doc)).isEmpty();
        assertThat(doc.get("source").get("files").get(0).asText())
                .isEqualTo("fixtures/example/cdk.out/RampartExample.template.json");
        doc.get("ecs_services").forEach(s -> {
            assertThat(s.get("location").get("construct_path").asText()).startsWith("RampartExample/");
            assertThat(s.get("location").get("line").asInt()).isPositive();
        });
        assertThat(run.err()).contains("30 resources").contains("0 gaps");
    }

    @Test
    void outputGoesToTheFileNamedByDashO(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("snapshot.json");
        Run run = rampart("snapshot", "fixtures/templates/network.yaml", "-o", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(SnapshotValidator.instance().validate(SnapshotJson.mapper().readTree(file.toFile()))).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("snapshot.json");
        }
    }

    @Test
    void badInputExitsWithTwoNamesFileLineAndColumnAndLeavesTheOutputAlone(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("snapshot.json");
        Files.writeString(file, "previous run");
        Run run = rampart("snapshot", "fixtures/templates/network.yaml", "fixtures/templates/bad/malformed.yaml",
                "-o", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("rampart: fixtures/templates/bad/malformed.yaml:6:23: malformed YAML")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.readString(file)).isEqualTo("previous run");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).hasSize(1);
        }
    }

    @Test
    void everyBadInputClassExitsWithTwoAndAClearMessage() {
        for (List<String> c : List.of(
                List.of("bad/malformed.json", "malformed.json:5:51: malformed JSON"),
                List.of("bad/alias-bomb.yaml", "alias bomb"),
                List.of("bad/too-deep.json", "nesting deeper than 200"),
                List.of("bad/too-deep.yaml", "nesting deeper than 200"),
                List.of("bad/not-a-template.yaml", "is not a CloudFormation template"),
                List.of("bad/reference-cycle.yaml", "circular reference"))) {
            Run run = rampart("snapshot", "fixtures/templates/" + c.get(0));
            assertThat(run.exitCode()).as(c.get(0)).isEqualTo(ExitCodes.ERROR);
            assertThat(run.err()).as(c.get(0)).startsWith("rampart: ").contains(c.get(1)).doesNotContain("\tat ");
            assertThat(run.out()).as(c.get(0)).isEmpty();
        }
    }

    @Test
    void maxFileSizeLimitsInputs() {
        Run run = rampart("snapshot", "--max-file-size", "2KB", "fixtures/templates/network.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("over the file size limit of 2048 bytes");
        assertThat(rampart("snapshot", "--max-file-size", "lots", "fixtures/templates/network.yaml").err())
                .contains("--max-file-size");
    }

    @Test
    void parametersRegionAndAccountReachTheTemplate(@TempDir Path dir) throws Exception {
        Path params = dir.resolve("params.json");
        Files.writeString(params, "[{\"ParameterKey\": \"Environment\", \"ParameterValue\": \"prod\"},"
                + " {\"ParameterKey\": \"PeeringConnectionId\", \"ParameterValue\": \"pcx-from-file\"}]");
        Run run = rampart("snapshot", "fixtures/templates/network.yaml", "--param-file", params.toString(),
                "--param", "Environment=dev", "--region", "us-west-2", "--account", "444444444444");
        assertThat(run.exitCode()).isZero();
        JsonNode vpc = run.json().get("vpcs").get(0);
        assertThat(vpc.get("cidr_block").asText()).isEqualTo("10.1.0.0/16");
        assertThat(vpc.get("region").asText()).isEqualTo("us-west-2");
        assertThat(vpc.get("account").asText()).isEqualTo("444444444444");
        assertThat(run.out()).contains("pcx-from-file").contains("com.amazonaws.us-west-2.ecr.api");
    }

    @Test
    void severalInputsMergeIntoOneDocumentIncludingEarlierSnapshots(@TempDir Path dir) throws Exception {
        Path earlier = dir.resolve("earlier.json");
        assertThat(rampart("snapshot", "fixtures/templates/nested/parent.yaml", "-o", earlier.toString()).exitCode())
                .isZero();
        Run run = rampart("snapshot", earlier.toString(), "fixtures/templates/network.yaml");
        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("vpcs")).hasSize(2);
        assertThat(run.json().get("source").get("files")).hasSize(3);
    }

    @Test
    void aMissingInputIsAnError() {
        Run run = rampart("snapshot", "no/such/file.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).isEqualTo("rampart: no/such/file.yaml: no such file or directory\n");
    }

    @Test
    void theCommandIsListedAndDocumented() {
        assertThat(rampart("--help").out()).contains("snapshot");
        Run help = rampart("snapshot", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--param-file").contains("--max-file-size").contains("--region")
                .contains("--account").contains("-o, --output");
    }
}
