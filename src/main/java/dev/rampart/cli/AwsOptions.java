package dev.rampart.cli;

import dev.rampart.collect.AwsCollector;
import dev.rampart.collect.CollectOptions;
import dev.rampart.collect.CollectionProgress;
import dev.rampart.collect.RetrySettings;
import dev.rampart.collect.Shard;
import dev.rampart.snapshot.Snapshot;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How to read live AWS accounts: the options {@code rampart collect} and {@code rampart scan --aws} share (the
 * regions are the command's own {@code --region}, which {@code scan} also uses for templates).
 */
final class AwsOptions {

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Named profile of the AWS config files (default: AWS_PROFILE, else the default chain).")
    String profile;

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

    @Option(names = "--shard", paramLabel = "I/N", converter = CollectCommand.ShardConverter.class,
            description = "Do only part I of N of the account x region work (1 <= I <= N), for parallel tasks whose"
                    + " snapshots 'rampart merge' joins. With --all-regions whole accounts are split.")
    Shard shard = Shard.ALL;

    @Option(names = "--progress", paramLabel = "WHEN", defaultValue = "auto",
            description = "Progress line on stderr: auto (when stderr is a terminal), always or never"
                    + " (default: ${DEFAULT-VALUE}).")
    String progressWhen;

    /** Whether any of these options was given (they mean nothing without live collection). */
    boolean anyGiven() {
        return profile != null || allRegions || endpointUrl != null || roleArn != null || !accounts.isEmpty()
                || organization || externalId != null || shard != Shard.ALL;
    }

    /** Reads the accounts into a snapshot, with a progress line on stderr as {@code --progress} says. */
    Snapshot collect(CommandLine cmd, List<String> regions) {
        ProgressLine.When when = switch (progressWhen) {
            case "auto" -> ProgressLine.When.AUTO;
            case "always" -> ProgressLine.When.ALWAYS;
            case "never" -> ProgressLine.When.NEVER;
            default -> throw new CommandLine.ParameterException(cmd,
                    "--progress must be auto, always or never, not '" + progressWhen + "'");
        };
        if (allRegions && !regions.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, "give either --region or --all-regions");
        }
        if (maxConcurrency < 1 || maxAttempts < 1 || attemptTimeoutSeconds < 1) {
            throw new CommandLine.ParameterException(cmd,
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
        try (ProgressLine line = ProgressLine.start(when, progress, cmd.getErr())) {
            return AwsCollector.collect(options);
        }
    }
}
