package dev.rampart.collect;

import java.time.Duration;
import java.util.List;

/** Options for collector tests: planted credentials, the mock's endpoint, fast retries. */
final class CollectorFixture {
    private CollectorFixture() {}

    /** Quick retries so that throttling and failure tests stay fast. */
    static final RetrySettings FAST_RETRY = new RetrySettings(3, Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(50), Duration.ofSeconds(5), Duration.ofSeconds(20));

    /**
     * Runs {@code body} with {@code region} as the configured default region (the {@code aws.region} system
     * property, which the SDK reads before AWS_REGION), as --all-regions runs need one to call from.
     */
    static void withDefaultRegion(String region, Runnable body) {
        String before = System.getProperty("aws.region");
        System.setProperty("aws.region", region);
        try {
            body.run();
        } finally {
            if (before == null) {
                System.clearProperty("aws.region");
            } else {
                System.setProperty("aws.region", before);
            }
        }
    }

    static CollectOptions.Builder options(AwsMock aws, String... regions) {
        return CollectOptions.builder()
                .credentials(PlantedCredentials.base())
                .endpointUrl(aws.endpoint())
                .regions(List.of(regions))
                .retry(FAST_RETRY);
    }
}
