package dev.rampart.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.rampart.collect.AwsCollector;
import dev.rampart.collect.CollectOptions;
import dev.rampart.collect.CollectionProgress;
import dev.rampart.snapshot.Snapshot;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Collector benchmark (plain harness: one collection takes seconds, so wall time is measured directly):
 * collects a large simulated account ({@link SimulatedAws}: about 2,800 resources and 300 API calls per region,
 * every response delayed by a fixed latency) at several region counts and concurrency levels, and prints
 * wall time, API calls and resources per run.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.rampart.bench.CollectorBench [--regions 1,4,16] [--concurrency 4,16,64] [--latency-ms 50]
 * </pre>
 */
public final class CollectorBench {
    private static final List<String> REGIONS = List.of("us-east-1", "us-east-2", "us-west-1", "us-west-2",
            "ca-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "ap-south-1",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2", "sa-east-1");

    private CollectorBench() {}

    public static void main(String[] args) {
        List<Integer> regionCounts = List.of(1, 4, 16);
        List<Integer> concurrencies = List.of(4, 16, 64);
        int latency = 50;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--regions" -> regionCounts = ints(args[i + 1]);
                case "--concurrency" -> concurrencies = ints(args[i + 1]);
                case "--latency-ms" -> latency = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        SimulatedAws.Scale scale = SimulatedAws.Scale.LARGE;
        WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .containerThreads(400).asynchronousResponseEnabled(true).asynchronousResponseThreads(64)
                .notifier(new Slf4jNotifier(false)).extensions(new SimulatedAws(scale, latency)));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        try {
            URI endpoint = URI.create(server.baseUrl());
            run(endpoint, 1, 16); // warm-up: class loading and JIT, not reported
            System.out.printf(Locale.ROOT, "simulated account: %,d resources per region, %d ms per call%n",
                    scale.resources(), latency);
            System.out.println("| regions | concurrency | wall time (s) | API calls | HTTP requests | resources | gaps | calls/s |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int regions : regionCounts) {
                for (int concurrency : concurrencies) {
                    Result r = run(endpoint, regions, concurrency);
                    System.out.printf(Locale.ROOT, "| %d | %d | %.2f | %,d | %,d | %,d | %d | %,.0f |%n", regions,
                            concurrency, r.seconds(), r.calls(), r.attempts(), r.resources(), r.gaps(),
                            r.calls() / r.seconds());
                }
            }
        } finally {
            server.stop();
        }
    }

    private record Result(double seconds, long calls, long attempts, long resources, int gaps) {}

    private static Result run(URI endpoint, int regions, int concurrency) {
        CollectionProgress progress = new CollectionProgress();
        CollectOptions options = CollectOptions.builder()
                .credentials(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("AKIABENCHMARKEXAMPLE", "benchmark/secret/key/not/a/real/one/00")))
                .endpointUrl(endpoint)
                .regions(REGIONS.subList(0, regions))
                .maxConcurrency(concurrency)
                .progress(progress)
                .build();
        long start = System.nanoTime();
        Snapshot snapshot = AwsCollector.collect(options);
        double seconds = (System.nanoTime() - start) / 1e9;
        CollectionProgress.Counts c = progress.counts();
        return new Result(seconds, c.calls(), c.attempts(), snapshot.resources().count(), snapshot.gaps().size());
    }

    private static List<Integer> ints(String csv) {
        List<Integer> out = new ArrayList<>();
        Arrays.stream(csv.split(",")).map(String::trim).map(Integer::valueOf).forEach(out::add);
        return out;
    }
}
