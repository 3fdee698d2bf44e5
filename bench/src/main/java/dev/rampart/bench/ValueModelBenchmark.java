package dev.rampart.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The host value model on a generated snapshot of 10,000 security groups (about 6 MB of JSON): parsing
 * it (against Jackson's own tree as the baseline), the lookups a rule makes per resource, comparing two
 * copies, writing it back, and set membership.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class ValueModelBenchmark {
    static final int RESOURCES = 10_000;

    private byte[] json;
    private ObjectValue doc;
    private ObjectValue copy;
    private SetValue ids;
    private final ObjectMapper mapper = new ObjectMapper();
    private static final StringValue SECURITY_GROUPS = StringValue.of("security_groups");
    private static final StringValue INGRESS = StringValue.of("ingress");
    private static final StringValue CIDR = StringValue.of("cidr");
    private static final StringValue TAGS = StringValue.of("tags");
    private static final StringValue ENV = StringValue.of("env");
    private static final StringValue ANYWHERE = StringValue.of("0.0.0.0/0");
    private static final StringValue PROD = StringValue.of("prod");
    private StringValue[] probes;

    @Setup
    public void setUp() {
        json = generate(RESOURCES).getBytes(StandardCharsets.UTF_8);
        doc = (ObjectValue) Values.fromJson(json, "bench");
        copy = (ObjectValue) Values.fromJson(json, "bench");
        SetValue.Builder b = SetValue.builder(RESOURCES);
        for (Value sg : ((ArrayValue) doc.get(SECURITY_GROUPS)).asList()) {
            b.add(((ObjectValue) sg).get("id"));
        }
        ids = b.build();
        probes = new StringValue[RESOURCES];
        for (int i = 0; i < RESOURCES; i++) {
            // Half of the probes are members, half are not.
            probes[i] = StringValue.of("sg-" + String.format("%08x", i % 2 == 0 ? i * 7919 : i * 7919 + 1));
        }
    }

    /** A snapshot-shaped document: security groups with tags and ingress rules. */
    static String generate(int n) {
        StringBuilder sb = new StringBuilder(n * 600);
        sb.append("{\"schema_version\":\"1.0\",\"security_groups\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"id\":\"sg-").append(String.format("%08x", i * 7919)).append("\",\"vpc_id\":\"vpc-")
                    .append(i % 50).append("\",\"name\":\"group-").append(i).append("\",\"description\":\"generated group ")
                    .append(i).append("\",\"tags\":{\"env\":\"").append(i % 3 == 0 ? "prod" : "dev")
                    .append("\",\"team\":\"team-").append(i % 17).append("\",\"data-classification\":\"")
                    .append(i % 5 == 0 ? "sensitive" : "internal").append("\"},\"ingress\":[");
            for (int r = 0; r < 3; r++) {
                if (r > 0) {
                    sb.append(',');
                }
                sb.append("{\"protocol\":\"tcp\",\"from_port\":").append(443 + r).append(",\"to_port\":").append(443 + r)
                        .append(",\"cidr\":\"").append((i + r) % 11 == 0 ? "0.0.0.0/0" : "10." + (i % 250) + ".0.0/16")
                        .append("\",\"source_security_group\":null}");
            }
            sb.append("],\"location\":{\"file\":\"stack.template.json\",\"line\":").append(i).append(",\"column\":5}}");
        }
        sb.append("],\"gaps\":[]}");
        return sb.toString();
    }

    @Benchmark
    public Value parseWithRampart() {
        return Values.fromJson(json, "bench");
    }

    @Benchmark
    public JsonNode parseWithJacksonTree() throws Exception {
        return mapper.readTree(json);
    }

    /** What a rule like NET-005 does per resource: look up fields, iterate rules, compare strings. */
    @Benchmark
    public int scanEveryResource() {
        int open = 0;
        for (Value v : ((ArrayValue) doc.get(SECURITY_GROUPS)).asList()) {
            ObjectValue sg = (ObjectValue) v;
            boolean prod = PROD.equals(((ObjectValue) sg.get(TAGS)).get(ENV));
            for (Value rule : ((ArrayValue) sg.get(INGRESS)).asList()) {
                if (prod && ANYWHERE.equals(((ObjectValue) rule).get(CIDR))) {
                    open++;
                }
            }
        }
        return open;
    }

    @Benchmark
    public boolean compareTwoCopies() {
        return doc.equals(copy) && doc.compareTo(copy) == 0;
    }

    @Benchmark
    public String writeJson() {
        return Values.toJson(doc);
    }

    @Benchmark
    public int setMembership() {
        int found = 0;
        for (StringValue probe : probes) {
            if (ids.contains(probe)) {
                found++;
            }
        }
        return found;
    }
}
