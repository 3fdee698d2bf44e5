package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.collect.AwsMock;
import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rampart collect} end to end: the standard credential chain, the real SDK clients, a fake AWS over
 * HTTP serving the web shop account (the live twin of fixtures/example), the snapshot file, exit codes.
 */
class CollectCommandTest {
    @TempDir
    Path dir;

    private AwsMock aws;

    @BeforeEach
    void start() {
        aws = new AwsMock().serve("webshop", "eu-west-1").fallback("empty");
    }

    @AfterEach
    void stop() {
        aws.close();
    }

    private CliRun.Result collect(String... extra) {
        String[] base = {"collect", "--profile", "planted", "--endpoint-url", aws.endpoint().toString(),
            "--region", "eu-west-1", "--max-attempts", "2", "--progress", "never"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.withPlantedProfile(dir, () -> CliRun.rampart(args));
    }

    private static String normalized(String json) {
        return json.replaceFirst("\"generated_at\": \"[^\"]*\"", "\"generated_at\": \"(when)\"")
                .replaceFirst("\"tool_version\": \"[^\"]*\"", "\"tool_version\": \"(version)\"");
    }

    @Test
    void writesAValidSnapshotOfTheAccountToTheOutputFile() throws IOException {
        Path out = dir.resolve("snapshots/webshop.json");

        CliRun.Result run = collect("-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEmpty();
        Snapshot snapshot = SnapshotReader.read(out, out.toString()); // validates against the schema
        assertThat(snapshot.gaps()).isEmpty();
        assertThat(normalized(Files.readString(out))).isEqualTo(AwsMock.resource("webshop/expected-snapshot.json"));
    }

    @Test
    void writesTheSnapshotToStdoutWithoutAnOutputFile() {
        CliRun.Result run = collect();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(SnapshotReader.fromJson(run.out(), "stdout").vpcs()).hasSize(1);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void failedCallsAreGapsAndTheRunExitsIncomplete() throws IOException {
        aws.override(aws.request("ec2:DescribeRouteTables", "eu-west-1", null),
                AwsMock.recorded("errors/ec2-UnauthorizedOperation.xml", 403));
        Path out = dir.resolve("partial.json");

        CliRun.Result run = collect("-o", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INCOMPLETE);
        assertThat(run.err()).contains("1 collection gap").contains("ec2:DescribeRouteTables")
                .contains("AccessDenied").contains("exit code 3");
        Snapshot snapshot = SnapshotReader.read(out, out.toString());
        assertThat(snapshot.gaps()).singleElement().extracting(Gap::api).isEqualTo("ec2:DescribeRouteTables");
        assertThat(snapshot.vpcs()).hasSize(1);
    }

    @Test
    void allowPartialAcceptsGaps() {
        aws.override(aws.request("ec2:DescribeRouteTables", "eu-west-1", null),
                AwsMock.recorded("errors/ec2-UnauthorizedOperation.xml", 403));

        CliRun.Result run = collect("--allow-partial", "-o", dir.resolve("partial.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("partial results allowed");
    }

    @Test
    void credentialsThatDoNotWorkExitWithTwoAndTheReason() {
        aws.override(aws.request("sts:GetCallerIdentity", null, null),
                AwsMock.recorded("errors/sts-InvalidClientTokenId.xml", 403));

        CliRun.Result run = collect();

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("rampart: the AWS credentials do not work")
                .contains("InvalidClientTokenId").doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aProfileThatDoesNotExistExitsWithTwo() {
        CliRun.Result run = CliRun.withPlantedProfile(dir, () -> CliRun.rampart("collect", "--profile", "nobody",
                "--endpoint-url", aws.endpoint().toString(), "--region", "eu-west-1"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("the AWS credentials do not work").contains("nobody");
    }

    @Test
    void anUnreachableEndpointExitsWithTwoAndSaysSo() {
        CliRun.Result run = CliRun.withPlantedProfile(dir, () -> CliRun.rampart("collect", "--profile", "planted",
                "--endpoint-url", "http://127.0.0.1:9", "--region", "eu-west-1", "--max-attempts", "1"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).startsWith("rampart: AWS STS could not be reached in eu-west-1");
    }

    @Test
    void versionIsPrintedBySubcommandsToo() {
        assertThat(CliRun.rampart("collect", "--version").out()).startsWith("rampart ");
        assertThat(CliRun.rampart("merge", "--version").out()).startsWith("rampart ");
    }

    @Test
    void regionsAndAllRegionsExcludeEachOther() {
        CliRun.Result run = collect("--all-regions");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("either --region or --all-regions");
    }

    @Test
    void aShardOutsideItsCountIsAUsageError() {
        CliRun.Result run = collect("--shard", "5/4");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("--shard").contains("1 <= i <= n");
    }

    @Test
    void aRegionThatIsNotARegionNameIsAnError() {
        CliRun.Result run = CliRun.withPlantedProfile(dir, () -> CliRun.rampart("collect", "--profile", "planted",
                "--endpoint-url", aws.endpoint().toString(), "--region", "Ireland"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("'Ireland' is not an AWS region name");
    }

    @Test
    void theProgressLineShowsCountsOnStderr() {
        CliRun.Result run = CliRun.withPlantedProfile(dir, () -> CliRun.rampart("collect", "--profile", "planted",
                "--endpoint-url", aws.endpoint().toString(), "--region", "eu-west-1", "--progress", "always",
                "-o", dir.resolve("s.json").toString()));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("collecting: 13/13 API tasks").contains("resources").contains("0 errors");
    }

    @Test
    void helpDocumentsEveryOptionAndTheExitCodes() {
        CliRun.Result run = CliRun.rampart("collect", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--profile", "--region", "--all-regions", "--endpoint-url", "--role-arn",
                "--accounts", "--organization", "--external-id", "--max-concurrency", "--shard", "--output",
                "--allow-partial", "--progress", "Exit codes:", "collection gaps");
    }
}
