package dev.rampart.collect;

import dev.rampart.RampartVersion;
import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Resource;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.Source;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.auth.StsAssumeRoleCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * Reads live AWS accounts into a snapshot document. Entry point: {@link #collect(CollectOptions)}.
 *
 * <p>The work is every (account, region) pair of the plan — or this shard's part of it — times every resource
 * {@link Family}. It runs at once on virtual threads, with at most {@code maxConcurrency} API calls in flight
 * and as many regions open. A call that fails after the SDK's adaptive retries becomes a gap and the rest goes
 * on; only a run that cannot start (no credentials, no region, no account list) fails as a whole.
 */
public final class AwsCollector {
    private static final String SESSION_NAME = "rampart-collect";
    private static final String FALLBACK_HOME_REGION = "us-east-1";
    private static final Pattern REGION_NAME = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]+");

    private final CollectOptions options;
    private final SecretScrubber scrubber = new SecretScrubber();
    private final Semaphore callSlots;
    private final Semaphore regionSlots;

    private AwsCollector(CollectOptions options) {
        this.options = options;
        this.callSlots = new Semaphore(options.maxConcurrency(), true);
        this.regionSlots = new Semaphore(options.maxConcurrency(), true);
    }

    /**
     * Collects everything {@code options} asks for.
     *
     * @return the snapshot (source kind {@code aws}); every call that failed is one of its gaps
     * @throws CollectException when collection cannot start or go on at all (credentials, region, options)
     */
    public static Snapshot collect(CollectOptions options) {
        return new AwsCollector(options).run(Clock.systemUTC());
    }

    private record RegionResult(String account, String region, List<Resource> resources, List<Gap> gaps) {}

    private record AccountResult(String account, List<String> regions, List<RegionResult> results, List<Gap> gaps) {}

    private Snapshot run(Clock clock) {
        CollectionProgress progress = options.progress();
        EndpointOverrides endpoints = new EndpointOverrides(options.endpointUrl(), options.environment());
        AwsCredentialsProvider base = baseCredentials();
        if (options.allRegions() && !options.regions().isEmpty()) {
            throw new CollectException("give either --region or --all-regions, not both");
        }
        for (String region : options.regions()) {
            if (!REGION_NAME.matcher(region).matches()) {
                throw new CollectException("--region: '" + region + "' is not an AWS region name such as eu-west-1");
            }
        }
        try (AwsClients clients = new AwsClients(options.retry(), endpoints, new CallObserver(progress, scrubber))) {
            String home = homeRegion();
            List<String> regions = options.regions().isEmpty() && !options.allRegions()
                    ? List.of(home)
                    : options.regions();
            Calls calls = new Calls(callSlots, progress, scrubber, null, home, g -> { });
            registerSecrets(base);
            AccountPlan plan = AccountPlan.decide(options, calls, clients, base, home);
            Set<String> scanned = Set.copyOf(plan.accounts());
            List<String> mine = options.allRegions()
                    ? plan.accounts().stream().filter(a -> options.shard().owns(a)).toList()
                    : plan.accounts().stream().filter(a -> !regionsOwned(a, regions).isEmpty()).toList();
            if (!options.allRegions()) {
                progress.planTasks((long) mine.stream().mapToInt(a -> regionsOwned(a, regions).size()).sum()
                        * Family.ALL.size());
            }
            List<AccountResult> results = Fanout.map(mine,
                    account -> collectAccount(account, regions, plan, clients, calls, base, home, scanned));
            return assemble(results, clock);
        } finally {
            if (options.credentials() == null && base instanceof SdkAutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    // This shard's part of an account's regions.
    private List<String> regionsOwned(String account, List<String> regions) {
        return regions.stream().filter(r -> options.shard().owns(account + "/" + r)).toList();
    }

    private AccountResult collectAccount(String account, List<String> regions, AccountPlan plan, AwsClients clients,
            Calls calls, AwsCredentialsProvider base, String home, Set<String> scanned) {
        List<Gap> gaps = new ArrayList<>();
        Calls accountCalls = calls.forScope(account, null, gaps::add);
        String roleArn = plan.roleArn(account);
        StsClient sts = null;
        AwsCredentialsProvider credentials = base;
        try {
            if (roleArn != null) {
                sts = clients.sts(base, home);
                StsClient stsClient = sts;
                StsAssumeRoleCredentialsProvider assumed = StsAssumeRoleCredentialsProvider.builder()
                        .stsClient(stsClient)
                        .refreshRequest(r -> {
                            r.roleArn(roleArn).roleSessionName(SESSION_NAME);
                            if (options.externalId() != null) {
                                r.externalId(options.externalId());
                            }
                        })
                        .build();
                credentials = assumed;
                AwsCredentials resolved = accountCalls.one(Api.STS_ASSUME_ROLE, "credentials for role " + roleArn,
                        List.of(), assumed::resolveCredentials);
                if (resolved == null) {
                    return new AccountResult(account, List.of(), List.of(), gaps); // the gap says why
                }
                register(resolved);
            }
            List<String> accountRegions = options.allRegions()
                    ? enabledRegions(account, clients, credentials, home, gaps)
                    : regionsOwned(account, regions);
            if (options.allRegions()) {
                options.progress().planTasks((long) accountRegions.size() * Family.ALL.size());
            }
            AwsCredentialsProvider accountCredentials = credentials;
            List<RegionResult> results = Fanout.map(accountRegions,
                    region -> collectRegion(account, region, clients, calls, accountCredentials, scanned));
            return new AccountResult(account, accountRegions, results, gaps);
        } finally {
            if (credentials instanceof StsAssumeRoleCredentialsProvider assumed) {
                assumed.close();
            }
            if (sts != null) {
                sts.close();
            }
        }
    }

    private List<String> enabledRegions(String account, AwsClients clients, AwsCredentialsProvider credentials,
            String home, List<Gap> gaps) {
        Calls regionCalls = new Calls(callSlots, options.progress(), scrubber, account, home, gaps::add);
        DescribeRegionsResponse r;
        try (var ec2 = clients.ec2(credentials, home)) {
            r = regionCalls.one(Api.EC2_DESCRIBE_REGIONS, "the regions enabled in account " + account, List.of(),
                    () -> ec2.describeRegions(b -> b.allRegions(false)));
        }
        if (r == null) {
            return List.of();
        }
        TreeSet<String> enabled = new TreeSet<>();
        r.regions().forEach(region -> {
            if (region.regionName() != null) {
                enabled.add(region.regionName());
            }
        });
        return List.copyOf(enabled);
    }

    private RegionResult collectRegion(String account, String region, AwsClients clients, Calls calls,
            AwsCredentialsProvider credentials, Set<String> scanned) {
        regionSlots.acquireUninterruptibly();
        try (RegionClients regionClients = new RegionClients(clients, credentials, region)) {
            RegionScope scope = new RegionScope(account, region, calls, regionClients, scanned, options.progress());
            Fanout.map(Family.ALL, family -> {
                family.collect(scope);
                options.progress().taskDone();
                return null;
            });
            return new RegionResult(account, region, scope.resources(), scope.gaps());
        } finally {
            regionSlots.release();
        }
    }

    // Resources de-duplicated by id (the first in account, region order wins), gaps all kept.
    private Snapshot assemble(List<AccountResult> accounts, Clock clock) {
        Map<String, Resource> resources = new LinkedHashMap<>();
        List<Gap> gaps = new ArrayList<>();
        TreeSet<String> regionIds = new TreeSet<>();
        TreeSet<String> accountIds = new TreeSet<>();
        accounts.stream().sorted(Comparator.comparing(AccountResult::account)).forEach(a -> {
            accountIds.add(a.account());
            regionIds.addAll(a.regions());
            gaps.addAll(a.gaps());
            a.results().stream().sorted(Comparator.comparing(RegionResult::region)).forEach(r -> {
                r.resources().forEach(res -> resources.putIfAbsent(res.id(), res));
                gaps.addAll(r.gaps());
            });
        });
        Source source = new Source(Source.Kind.AWS, RampartVersion.current(),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(), new ArrayList<>(accountIds),
                new ArrayList<>(regionIds), List.of(), List.of(), Map.of());
        return Snapshot.of(source, resources.values(), gaps);
    }

    private AwsCredentialsProvider baseCredentials() {
        if (options.credentials() != null) {
            return options.credentials();
        }
        if (options.profile() != null) {
            return ProfileCredentialsProvider.builder().profileName(options.profile()).build();
        }
        return DefaultCredentialsProvider.builder().build();
    }

    // The region for STS, Organizations and DescribeRegions: the first asked for, else the configured default.
    private String homeRegion() {
        if (!options.regions().isEmpty()) {
            return options.regions().get(0);
        }
        try {
            DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
            if (options.profile() != null) {
                chain.profileName(options.profile());
            }
            return chain.build().getRegion().id();
        } catch (SdkClientException e) {
            if (options.allRegions()) {
                return FALLBACK_HOME_REGION;
            }
            throw new CollectException("no region to read: give --region (repeatable) or --all-regions, or set"
                    + " AWS_REGION or a region in the profile");
        }
    }

    // The base credentials' secrets, so that no message can carry them; failures surface at the first call.
    private void registerSecrets(AwsCredentialsProvider base) {
        try {
            register(base.resolveCredentials());
        } catch (RuntimeException e) {
            // GetCallerIdentity reports the problem with a proper message.
        }
    }

    private void register(AwsCredentials credentials) {
        scrubber.register(credentials.accessKeyId());
        scrubber.register(credentials.secretAccessKey());
        if (credentials instanceof AwsSessionCredentials session) {
            scrubber.register(session.sessionToken());
        }
    }
}
