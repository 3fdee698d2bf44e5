package dev.rampart.bench;

import dev.rampart.engine.BuiltinPolicies;
import dev.rampart.engine.PolicyEngine;
import dev.rampart.engine.PolicyLoader;
import dev.rampart.engine.Policies;
import dev.rampart.engine.Scan;
import dev.rampart.engine.ScanConfig;
import dev.rampart.engine.ScanResult;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.template.TemplateOptions;
import dev.rampart.template.TemplateSnapshotter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * A scan with every built-in rule over a snapshot of about 10,000 resources: a generated CloudFormation template
 * ({@link TemplateGenerator}: VPCs with public and private subnets, routes, NAT, ACLs, security groups,
 * endpoints, ECS clusters, services and task definitions, ALBs and listeners) converted once, then scanned —
 * rule evaluation, findings and unknowns with their locations, suppression matching. Target: under 1 s warm.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScanBench {

    /** Template resources; about 10,000 of them become snapshot resources (routes and associations fold in). */
    @Param({"15000"})
    int resources;

    private Snapshot snapshot;
    private Policies policies;
    private PolicyEngine engine;
    private Scan.Settings settings;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        Path template = Files.createTempFile("rampart-scan-bench-", ".json");
        try {
            Files.writeString(template, TemplateGenerator.json(resources));
            snapshot = TemplateSnapshotter.read(List.of(template), TemplateOptions.defaults().withRegion("eu-west-1")
                    .withAccount("111111111111")
                    .withParameters(Map.of("CertificateArn", "arn:aws:acm:eu-west-1:111111111111:certificate/x")));
        } finally {
            Files.deleteIfExists(template);
        }
        policies = PolicyLoader.load(List.of(new BuiltinPolicies()));
        engine = PolicyEngine.defaults();
        settings = new Scan.Settings(List.of("generated.json"), ScanConfig.defaults(), List.of(), LocalDate.now());
        ScanResult first = Scan.run(engine, policies, snapshot, settings);
        System.out.printf("%n%d resources in the snapshot, %d rules, %d findings, %d unknowns%n",
                snapshot.resources().count(), policies.rules().size(), first.findings().size(),
                first.unknowns().size());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 5, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC") // as ./rampart and the container image run it
    public ScanResult scanWithEveryBuiltinRule() {
        return Scan.run(engine, policies, snapshot, settings);
    }
}
