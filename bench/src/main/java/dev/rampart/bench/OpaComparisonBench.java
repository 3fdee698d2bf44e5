package dev.rampart.bench;

import com.styra.opa.wasm.OpaPolicy;
import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.Entrypoint;
import dev.rampart.wasm.RampartProgram;
import dev.rampart.wasm.RegoWasm;
import dev.rampart.wasm.opa.OpaBundleProgram;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same rule, {@code allowed if data.role[input.user] == "admin"} (default false), through Rampart's
 * compiler and through opa-java-wasm with the {@code demo-policy.wasm} OPA built (it ships in that library's
 * jar), side by side, on a tiny input and on a 1 MB input. Rampart is measured as designed (the input parsed
 * once and shared: a scan evaluates every policy against one snapshot) and with the JSON parsed on every
 * evaluation (the cost OPA's ABI pays each time). OPA is measured raw ({@code OpaPolicy.evaluate(json)}) and
 * through {@link OpaBundleProgram}, which adds the conversion of Rampart's values to JSON text.
 * Targets (issue 4): Rampart at least 10× faster than OPA on 1 MB, and no slower on the tiny input.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class OpaComparisonBench {

    static final String ENTRYPOINT = "opa/wasm/test/allowed";
    static final String RULE = """
            package opa.wasm.test
            default allowed := false
            allowed if data.role[input.user] == "admin"
            """;
    static final String DATA = "{\"role\": {\"alice\": \"admin\", \"bob\": \"user\"}}";

    @Param({"tiny", "1mb"})
    public String size;

    private RampartProgram rampart;
    private OpaPolicy opa;
    private OpaBundleProgram opaProgram;
    private Value data;
    private Value input;
    private String inputJson;

    @Setup
    public void setUp() throws IOException {
        inputJson = size.equals("tiny") ? "{\"user\": \"alice\"}" : largeInput(1 << 20);
        input = Values.fromJson(inputJson);
        data = Values.fromJson(DATA);
        CompileResult cr = RegoCompiler.compile(List.of(new RegoSource("demo.rego", RULE)), CompileOptions.DEFAULT);
        rampart = RegoWasm.compile(cr.policy(), List.of(Entrypoint.Document.of("data.opa.wasm.test.allowed")));
        byte[] wasm;
        try (InputStream in = OpaComparisonBench.class.getResourceAsStream("/demo-policy.wasm")) {
            wasm = in.readAllBytes();
        }
        opa = OpaPolicy.builder().withPolicy(wasm).build();
        opa.entrypoint(ENTRYPOINT).data(DATA);
        opaProgram = OpaBundleProgram.fromWasm(wasm, data, "demo-policy.wasm", OpaBundleProgram.DEFAULT_MAX_MEMORY_PAGES, 1);
        // Every path must give the same answer before its time means anything.
        check(rampart.evaluate(ENTRYPOINT, input, data).equals(BooleanValue.TRUE), "rampart");
        check(opa.evaluate(inputJson).equals("[{\"result\":true}]"), "opa-java-wasm");
        check(opaProgram.evaluate(ENTRYPOINT, input, data).equals(BooleanValue.TRUE), "OpaBundleProgram");
        System.out.printf("%n[OpaComparisonBench] input %s: %,d bytes of JSON%n", size, inputJson.length());
    }

    /** {@code {"user": "alice", "resources": [...]}} of about {@code bytes} bytes, snapshot-like objects. */
    static String largeInput(int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 200).append("{\"user\": \"alice\", \"resources\": [");
        for (int i = 0; sb.length() < bytes; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\": \"sg-").append(String.format("%08x", i * 7919))
                    .append("\", \"vpc_id\": \"vpc-").append(i % 50).append("\", \"tags\": {\"env\": \"")
                    .append(i % 3 == 0 ? "prod" : "dev").append("\"}, \"ingress\": [{\"cidr\": \"10.0.0.0/8\", ")
                    .append("\"from_port\": 443, \"to_port\": 443}]}");
        }
        return sb.append("]}").toString();
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what + " does not allow alice");
        }
    }

    @Benchmark
    public Value rampartInputShared() {
        return rampart.evaluate(ENTRYPOINT, input, data);
    }

    @Benchmark
    public Value rampartJsonParsedPerEvaluation() {
        return rampart.evaluate(ENTRYPOINT, Values.fromJson(inputJson), data);
    }

    @Benchmark
    public String opaJavaWasm() {
        return opa.evaluate(inputJson);
    }

    @Benchmark
    public Value opaThroughBundleProgram() {
        return opaProgram.evaluate(ENTRYPOINT, input, data);
    }
}
