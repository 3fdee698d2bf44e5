package dev.rampart.collect;

import java.net.URI;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;

/**
 * What {@link AwsCollector#collect} reads and how. Build one with {@link #builder()}.
 *
 * @param profile named profile of the shared AWS config files, or null for the standard credential chain
 * @param credentials explicit base credentials (embedding programs); null to use {@code profile} or the chain
 * @param regions regions to read; empty with {@code allRegions} false means the configured default region
 * @param allRegions read every region enabled in each account ({@code ec2:DescribeRegions})
 * @param endpointUrl one endpoint for every service (emulators), or null
 * @param environment the process environment, read for {@code AWS_ENDPOINT_URL} and
 *     {@code AWS_ENDPOINT_URL_<SERVICE>}
 * @param roleArn role to assume in each account; {@code {account}} stands for the account id
 * @param accounts accounts to read through {@code roleArn}
 * @param organization read every active account of the organisation through {@code roleArn}
 * @param externalId external id for assuming {@code roleArn}, or null
 * @param maxConcurrency how many API calls may be in flight at once, over all accounts and regions
 * @param shard which part of the account × region work to do
 * @param retry attempts, backoff and time limits of each call
 * @param progress counters updated while collecting
 */
public record CollectOptions(
        String profile,
        AwsCredentialsProvider credentials,
        List<String> regions,
        boolean allRegions,
        URI endpointUrl,
        Map<String, String> environment,
        String roleArn,
        List<String> accounts,
        boolean organization,
        String externalId,
        int maxConcurrency,
        Shard shard,
        RetrySettings retry,
        CollectionProgress progress) {

    /** The default number of API calls in flight. */
    public static final int DEFAULT_MAX_CONCURRENCY = 16;

    public CollectOptions {
        regions = List.copyOf(regions);
        accounts = List.copyOf(accounts);
        environment = Map.copyOf(environment);
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link CollectOptions}; every setting has a default. */
    public static final class Builder {
        private String profile;
        private AwsCredentialsProvider credentials;
        private List<String> regions = List.of();
        private boolean allRegions;
        private URI endpointUrl;
        private Map<String, String> environment = Map.of();
        private String roleArn;
        private List<String> accounts = List.of();
        private boolean organization;
        private String externalId;
        private int maxConcurrency = DEFAULT_MAX_CONCURRENCY;
        private Shard shard = Shard.ALL;
        private RetrySettings retry = RetrySettings.DEFAULT;
        private CollectionProgress progress = new CollectionProgress();

        private Builder() {}

        public Builder profile(String profile) {
            this.profile = profile;
            return this;
        }

        public Builder credentials(AwsCredentialsProvider credentials) {
            this.credentials = credentials;
            return this;
        }

        public Builder regions(List<String> regions) {
            this.regions = regions;
            return this;
        }

        public Builder allRegions(boolean allRegions) {
            this.allRegions = allRegions;
            return this;
        }

        public Builder endpointUrl(URI endpointUrl) {
            this.endpointUrl = endpointUrl;
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            this.environment = environment;
            return this;
        }

        public Builder roleArn(String roleArn) {
            this.roleArn = roleArn;
            return this;
        }

        public Builder accounts(List<String> accounts) {
            this.accounts = accounts;
            return this;
        }

        public Builder organization(boolean organization) {
            this.organization = organization;
            return this;
        }

        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        public Builder maxConcurrency(int maxConcurrency) {
            this.maxConcurrency = maxConcurrency;
            return this;
        }

        public Builder shard(Shard shard) {
            this.shard = shard;
            return this;
        }

        public Builder retry(RetrySettings retry) {
            this.retry = retry;
            return this;
        }

        public Builder progress(CollectionProgress progress) {
            this.progress = progress;
            return this;
        }

        public CollectOptions build() {
            return new CollectOptions(profile, credentials, regions, allRegions, endpointUrl, environment, roleArn,
                    accounts, organization, externalId, maxConcurrency, shard, retry, progress);
        }
    }
}
