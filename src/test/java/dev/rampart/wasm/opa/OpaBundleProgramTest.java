package dev.rampart.wasm.opa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.RampartException;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.bundle.BundleArchive;
import dev.rampart.wasm.bundle.BundleLoader;
import dev.rampart.wasm.bundle.InvalidBundleException;
import dev.rampart.wasm.bundle.LoadedBundle;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OPA-built policies through opa-java-wasm, with the module OPA's own project ships in its jar:
 * {@code package opa.wasm.test; default allowed := false; allowed if data.role[input.user] == "admin"}.
 */
class OpaBundleProgramTest {

    static final String ENTRYPOINT = "opa/wasm/test/allowed";
    static byte[] demoWasm;
    static OpaBundleProgram program;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadDemoPolicy() throws IOException {
        try (InputStream in = OpaBundleProgramTest.class.getResourceAsStream("/demo-policy.wasm")) {
            assertThat(in).as("demo-policy.wasm in the opa-java-wasm jar").isNotNull();
            demoWasm = in.readAllBytes();
        }
        program = OpaBundleProgram.fromArchive(demoBundle(), "demo.tar.gz");
    }

    /** A bundle as {@code opa build -t wasm -e opa/wasm/test/allowed} lays it out. */
    static BundleArchive demoBundle() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(".manifest", """
                {"revision": "", "roots": [""], "wasm": [{"entrypoint": "opa/wasm/test/allowed", "module": "/policy.wasm"}]}
                """.getBytes(StandardCharsets.UTF_8));
        files.put("policy.wasm", demoWasm);
        files.put("data.json", "{\"role\": {\"alice\": \"admin\", \"bob\": \"user\"}}".getBytes(StandardCharsets.UTF_8));
        return BundleArchive.of(files);
    }

    private static Value user(String name) {
        return Values.fromJson("{\"user\": \"" + name + "\"}");
    }

    @Test
    void entrypointsAreThoseTheModuleExports() {
        assertThat(program.entrypoints()).containsExactly(ENTRYPOINT);
    }

    @Test
    void theBundleDataDecides() {
        assertThat(program.evaluate(ENTRYPOINT, user("alice"), ObjectValue.EMPTY)).isEqualTo(BooleanValue.TRUE);
        assertThat(program.evaluate(ENTRYPOINT, user("bob"), ObjectValue.EMPTY)).isEqualTo(BooleanValue.FALSE);
    }

    @Test
    void withoutInputTheDefaultApplies() {
        assertThat(program.evaluate(ENTRYPOINT, null, ObjectValue.EMPTY)).isEqualTo(BooleanValue.FALSE);
    }

    @Test
    void callerDataIsMergedWithTheBundleData() {
        Value carol = Values.fromJson("{\"role\": {\"carol\": \"admin\"}}");
        assertThat(program.evaluate(ENTRYPOINT, user("carol"), carol)).isEqualTo(BooleanValue.TRUE);
        assertThat(program.evaluate(ENTRYPOINT, user("alice"), carol)).isEqualTo(BooleanValue.TRUE);
        // The next evaluation with other data must not see carol left in the instance's memory.
        assertThat(program.evaluate(ENTRYPOINT, user("carol"), ObjectValue.EMPTY)).isEqualTo(BooleanValue.FALSE);
    }

    @Test
    void callerDataContradictingTheBundleIsAnError() {
        Value demoteAlice = Values.fromJson("{\"role\": {\"alice\": \"user\"}}");
        assertThatThrownBy(() -> program.evaluate(ENTRYPOINT, user("alice"), demoteAlice))
                .isInstanceOf(RampartException.class)
                .hasMessageContaining("conflicting values for data.role.alice");
    }

    @Test
    void anUnknownEntrypointIsACallerError() {
        assertThatThrownBy(() -> program.evaluate("nope", null, ObjectValue.EMPTY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no entrypoint nope");
    }

    @Test
    void concurrentEvaluationsEachSeeTheirOwnInput() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                boolean admin = i % 3 == 0;
                results.add(pool.submit(() -> program.evaluate(ENTRYPOINT, user(admin ? "alice" : "bob"),
                        ObjectValue.EMPTY).equals(BooleanValue.of(admin))));
            }
            for (Future<Boolean> f : results) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInputLargerThanTheMemoryCapFailsAndTheNextEvaluationWorks() {
        OpaBundleProgram small = OpaBundleProgram.fromWasm(demoWasm, Values.fromJson("{\"role\": {\"alice\": \"admin\"}}"),
                "small", 40, 1);
        Value huge = Values.fromJson("{\"user\": \"alice\", \"padding\": \"" + "x".repeat(4 << 20) + "\"}");
        assertThatThrownBy(() -> small.evaluate(ENTRYPOINT, huge, ObjectValue.EMPTY))
                .isInstanceOfSatisfying(PolicyEvaluationException.class,
                        e -> assertThat(e.code()).isEqualTo(PolicyEvaluationException.Code.BUDGET));
        assertThat(small.evaluate(ENTRYPOINT, user("alice"), ObjectValue.EMPTY)).isEqualTo(BooleanValue.TRUE);
    }

    @Test
    void anEvaluationPastItsDeadlineStopsAndLeavesTheThreadUsable() {
        OpaBundleProgram p = OpaBundleProgram.fromWasm(demoWasm, Values.fromJson("{\"role\": {\"alice\": \"admin\"}}"),
                "slow", OpaBundleProgram.DEFAULT_MAX_MEMORY_PAGES, 1);
        StringBuilder big = new StringBuilder("{\"user\": \"alice\", \"padding\": [");
        for (int i = 0; i < 200_000; i++) {
            big.append(i == 0 ? "" : ",").append("{\"k\": ").append(i).append('}');
        }
        Value input = Values.fromJson(big.append("]}").toString());
        EvalOptions instant = EvalOptions.DEFAULT.withTimeout(Duration.ofNanos(1));
        assertThatThrownBy(() -> p.evaluate(ENTRYPOINT, input, ObjectValue.EMPTY, instant))
                .isInstanceOfSatisfying(PolicyEvaluationException.class,
                        e -> assertThat(e.code()).isEqualTo(PolicyEvaluationException.Code.TIMEOUT));
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(p.evaluate(ENTRYPOINT, user("alice"), ObjectValue.EMPTY)).isEqualTo(BooleanValue.TRUE);
    }

    @Test
    void theLoaderRecognisesAnOpaBundle() throws IOException {
        Path bundle = dir.resolve("bundle.tar.gz");
        Files.write(bundle, demoBundle().toBytes());
        LoadedBundle loaded = BundleLoader.load(bundle);
        assertThat(loaded.kind()).isEqualTo(LoadedBundle.Kind.OPA);
        assertThat(loaded.annotations()).isEmpty();
        assertThat(loaded.data()).isEqualTo(Values.fromJson("{\"role\": {\"alice\": \"admin\", \"bob\": \"user\"}}"));
        assertThat(loaded.program().evaluate(ENTRYPOINT, user("alice"), ObjectValue.EMPTY)).isEqualTo(BooleanValue.TRUE);
    }

    @Test
    void theLoaderRecognisesABareOpaModule() throws IOException {
        Path wasm = Files.write(dir.resolve("policy.wasm"), demoWasm);
        LoadedBundle loaded = BundleLoader.load(wasm);
        assertThat(loaded.kind()).isEqualTo(LoadedBundle.Kind.OPA);
        assertThat(loaded.program().evaluate(ENTRYPOINT, user("alice"), Values.fromJson("{\"role\": {\"alice\": \"admin\"}}")))
                .isEqualTo(BooleanValue.TRUE);
    }

    @Test
    void anOpaBundleWithoutAWasmModuleIsRefused() throws IOException {
        Path bundle = dir.resolve("rego-only.tar.gz");
        Files.write(bundle, BundleArchive.of(Map.of("x/policy.rego", "package x".getBytes(StandardCharsets.UTF_8))).toBytes());
        assertThatThrownBy(() -> BundleLoader.load(bundle))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("no policy.wasm (an OPA bundle must be built with `opa build -t wasm`)");
    }

    @Test
    void aBrokenModuleIsRefused() throws IOException {
        Path wasm = Files.write(dir.resolve("broken.wasm"), new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 42});
        assertThatThrownBy(() -> BundleLoader.load(wasm))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("not a valid WebAssembly module");
    }
}
