package dev.rampart.cli;

import dev.rampart.collect.AwsCollector;
import dev.rampart.collect.CollectOptions;
import dev.rampart.collect.CollectionProgress;
import dev.rampart.collect.RetrySettings;
import dev.rampart.collect.Shard;
import dev.rampart.snapshot.Snapshot;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
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

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Named profile of the AWS config files (default: AWS_PROFILE, else the default chain).")
    String profile;

    @Option(names = "--region", paramLabel = "REGION", split = ",",
            description = "Region to read; repeatable or comma-separated (default: the configured region).")
    List<String> regions = new ArrayList<>();

    @Option(names = "--all-regions",
            description = "Read every region enabled in each account (ec2:DescribeRegions).")
    boolean allRegions;

    @Option(names = "--endpoint-url", paramLabel = "URL",
            description = "Send every call to this endpoint (an emulator such as LocalStack). Without it the"
                    + " standard AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SERVICE> variables apply.")
    URI endpointUrl;

    @Option(names = "--role-arn", paramLabel = "ARN",
            description = "Role to assume in each account; {account} stands for the account id, e.g."
                    + " 'arn:aws:iam::{account}:role/RampartReadOnly'.")
    String roleArn;

    @Option(names = "--accounts", paramLabel = "ID", split = ",",
            description = "Accounts to read through --role-arn; repeatable or comma-separated.")
    List<String> accounts = new ArrayList<>();

    @Option(names = "--organization",
            description = "Read every active account of the organisation through --role-arn"
                    + " (organizations:ListAccounts; run from the management or a delegated administrator account).")
    boolean organization;

    @Option(names = "--external-id", paramLabel = "ID",
            description = "External id to pass when assuming --role-arn.")
    String externalId;

    @Option(names = "--max-concurrency", paramLabel = "N", defaultValue = "" + CollectOptions.DEFAULT_MAX_CONCURRENCY,
            description = "API calls in flight at once, over all accounts and regions (default: ${DEFAULT-VALUE}).")
    int maxConcurrency;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "5",
            description = "Attempts per call, with adaptive backoff on throttling (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--attempt-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest one HTTP attempt may take (default: ${DEFAULT-VALUE}).")
    int attemptTimeoutSeconds;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "Do only part I of N of the account x region work (1 <= I <= N), for parallel tasks whose"
                    + " snapshots 'rampart merge' joins. With --all-regions whole accounts are split.")
    Shard shard = Shard.ALL;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the snapshot to FILE instead of stdout.")
    Path output;

    @Option(names = "--allow-partial",
            description = "Exit 0 even when some calls failed (the gaps stay in the snapshot).")
    boolean allowPartial;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress line on stderr: auto (when stderr is a terminal), always or never"
                    + " (default: ${DEFAULT-VALUE}).")
    String progressWhen;

    @Override
    public Integer call() {
        ProgressLine.When when = parseWhen();
        if (allRegions && !regions.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --region or --all-regions");
        }
        if (maxConcurrency < 1 || maxAttempts < 1 || attemptTimeoutSeconds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-concurrency, --max-attempts and --attempt-timeout must be at least 1");
        }
        CollectionProgress progress = new CollectionProgress();
        CollectOptions options = CollectOptions.builder()
                .profile(profile)
                .regions(regions)
                .allRegions(allRegions)
                .endpointUrl(endpointUrl)
                .environment(System.getenv())
                .roleArn(roleArn)
                .accounts(accounts)
                .organization(organization)
                .externalId(externalId)
                .maxConcurrency(maxConcurrency)
                .shard(shard)
                .retry(RetrySettings.DEFAULT.withMaxAttempts(maxAttempts)
                        .withAttemptTimeout(Duration.ofSeconds(attemptTimeoutSeconds)))
                .progress(progress)
                .build();
        Snapshot snapshot;
        try (ProgressLine line = ProgressLine.start(when, progress, spec.commandLine().getErr())) {
            snapshot = AwsCollector.collect(options);
        }
        SnapshotOutput.write(snapshot, output, spec.commandLine().getOut());
        return SnapshotOutput.reportGaps(snapshot, allowPartial, spec.commandLine().getErr());
    }

    private ProgressLine.When parseWhen() {
        return switch (progressWhen) {
            case "auto" -> ProgressLine.When.AUTO;
            case "always" -> ProgressLine.When.ALWAYS;
            case "never" -> ProgressLine.When.NEVER;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--progress must be auto, always or never, not '" + progressWhen + "'");
        };
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
