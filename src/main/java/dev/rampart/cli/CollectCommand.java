package dev.rampart.cli;

import dev.rampart.collect.Shard;
import dev.rampart.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rampart collect}: reads live AWS accounts into a snapshot document. */
@Command(
        name = "collect",
        mixinStandardHelpOptions = true,
        versionProvider = Rampart.Version.class,
        description = {
            "Reads the network and container resources of live AWS accounts into a snapshot document.",
            "Credentials come from the standard AWS chain (environment, --profile or AWS_PROFILE, SSO, container"
                    + " and instance roles); docs/iam-policy.json is the read-only policy it needs.",
            "Every API call that still fails after retries is recorded under \"gaps\" and collection goes on."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the snapshot is complete (or --allow-partial)",
            "2:usage error, or the credentials, region or account list do not work",
            "3:some calls failed: the snapshot has collection gaps"
        })
final class CollectCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--region", paramLabel = "REGION", split = ",",
            description = "Region to read; repeatable or comma-separated (default: the configured region).")
    List<String> regions = new ArrayList<>();

    @CommandLine.Mixin
    AwsOptions aws = new AwsOptions();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the snapshot to FILE instead of stdout.")
    Path output;

    @Option(names = "--allow-partial",
            description = "Exit 0 even when some calls failed (the gaps stay in the snapshot).")
    boolean allowPartial;

    @Override
    public Integer call() {
        Snapshot snapshot = aws.collect(spec.commandLine(), regions);
        SnapshotOutput.write(snapshot, output, spec.commandLine().getOut());
        return SnapshotOutput.reportGaps(snapshot, allowPartial, spec.commandLine().getErr());
    }

    /** Parses {@code --shard I/N}. */
    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
