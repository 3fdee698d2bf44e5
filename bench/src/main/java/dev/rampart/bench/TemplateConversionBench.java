package dev.rampart.bench;

import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.template.TemplateOptions;
import dev.rampart.template.TemplateSnapshotter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Converts a generated CloudFormation template of {@code resources} resources (see
 * {@link TemplateGenerator}) into a snapshot: parse, resolve every intrinsic and condition, map every
 * resource, write the JSON document. {@code warm} is the steady state; {@code firstRunAfterJvmStart}
 * is one conversion in a fresh JVM, the cost a CI run of {@code rampart snapshot} pays. Target: under
 * one second for 5,000 resources.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TemplateConversionBench {

    @Param({"5000"})
    int resources;

    /** {@code json} as CDK writes templates; {@code yaml} reads the same text through the YAML parser. */
    @Param({"json", "yaml"})
    String format;

    private Path template;
    private TemplateOptions options;

    @Setup(Level.Trial)
    public void writeTemplate() throws IOException {
        template = Files.createTempFile("rampart-bench-", "." + format);
        Files.writeString(template, TemplateGenerator.json(resources));
        options = TemplateOptions.defaults().withRegion("eu-west-1").withAccount("111111111111")
                .withParameters(Map.of("CertificateArn", "arn:aws:acm:eu-west-1:111111111111:certificate/x"));
    }

    @TearDown(Level.Trial)
    public void deleteTemplate() throws IOException {
        Files.deleteIfExists(template);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public String warm() {
        return convert();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public String firstRunAfterJvmStart() {
        return convert();
    }

    private String convert() {
        Snapshot snapshot = TemplateSnapshotter.read(List.of(template), options);
        if (snapshot.resources().count() < resources / 2) {
            throw new IllegalStateException("the generated template lost resources");
        }
        return SnapshotWriter.toJson(snapshot);
    }
}
