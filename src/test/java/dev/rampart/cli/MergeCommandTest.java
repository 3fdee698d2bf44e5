package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.collect.AwsMock;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotReader;
import dev.rampart.snapshot.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rampart merge}: joins snapshots (the shards of one collection, or any others) into one. */
class MergeCommandTest {
    @TempDir
    Path dir;

    // The collector's golden snapshots, stamped as a real run stamps them.
    private Path snapshot(String golden, String name) throws IOException {
        String json = AwsMock.resource(golden)
                .replace("\"generated_at\": \"(when)\"", "\"generated_at\": \"2026-11-22T01:00:00Z\"")
                .replace("\"tool_version\": \"(version)\"", "\"tool_version\": \"0.1.0\"");
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void joinsSourcesAndResourcesOfEveryInput() throws IOException {
        Path webshop = snapshot("webshop/expected-snapshot.json", "eu-west-1.json");
        Path estate = snapshot("estate/expected-snapshot.json", "us-east-1.json");
        Path out = dir.resolve("merged.json");

        CliRun.Result run = CliRun.rampart("merge", webshop.toString(), estate.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Snapshot merged = SnapshotReader.read(out, "merged.json");
        Snapshot a = SnapshotReader.read(webshop, "a");
        Snapshot b = SnapshotReader.read(estate, "b");
        assertThat(merged.source().kind()).isEqualTo(Source.Kind.AWS);
        assertThat(merged.source().regions()).containsExactly("eu-west-1", "us-east-1");
        assertThat(merged.resources().count()).isEqualTo(a.resources().count() + b.resources().count());
    }

    @Test
    void theSameResourceInTwoInputsIsKeptOnce() throws IOException {
        Path one = snapshot("webshop/expected-snapshot.json", "one.json");
        Path two = snapshot("webshop/expected-snapshot.json", "two.json");

        CliRun.Result run = CliRun.rampart("merge", one.toString(), two.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(SnapshotReader.fromJson(run.out(), "stdout").resources().count())
                .isEqualTo(SnapshotReader.read(one, "one").resources().count());
    }

    @Test
    void twoDifferentResourcesUnderOneIdAreAnError() throws IOException {
        Path one = snapshot("webshop/expected-snapshot.json", "one.json");
        Path changed = Files.writeString(dir.resolve("changed.json"),
                Files.readString(one).replace("\"cidr_block\": \"10.20.0.0/16\"", "\"cidr_block\": \"10.99.0.0/16\""));

        CliRun.Result run = CliRun.rampart("merge", one.toString(), changed.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("vpc-0b3f8a2c9d1e4f567").contains("different content");
    }

    @Test
    void anInputThatIsNotASnapshotIsAnErrorNamingIt() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"schema_version\": \"1.0\", \"vpcs\": 3}");

        CliRun.Result run = CliRun.rampart("merge", bad.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains(bad.toString()).contains("not a valid snapshot");
    }

    @Test
    void aMissingInputIsAnError() {
        CliRun.Result run = CliRun.rampart("merge", dir.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("cannot read").contains("nowhere.json");
    }

    @Test
    void inputsWithCollectionGapsMakeTheResultIncompleteUnlessAllowed() throws IOException {
        Path one = snapshot("webshop/expected-snapshot.json", "one.json");
        Path gapped = Files.writeString(dir.resolve("gapped.json"), Files.readString(one).replaceFirst("\"gaps\": \\[\\s*\\]",
                "\"gaps\": [ { \"kind\": \"collection\", \"resource\": null, \"field\": null, \"reason\": \"route tables"
                        + " could not be collected: denied\", \"location\": null, \"account\": \"111111111111\","
                        + " \"region\": \"eu-west-1\", \"api\": \"ec2:DescribeRouteTables\", \"error_code\":"
                        + " \"AccessDenied\" } ]"));

        assertThat(CliRun.rampart("merge", gapped.toString()).exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(CliRun.rampart("merge", "--allow-partial", gapped.toString()).exitCode()).isEqualTo(ExitCodes.OK);
    }
}
