package dev.rampart.wasm.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.Backend;
import dev.rampart.wasm.Entrypoint;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.RampartProgram;
import dev.rampart.wasm.RegoWasm;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rampart bundles and bare Rampart modules through {@link BundleLoader}. */
class BundleLoaderTest {

    @TempDir
    Path dir;

    private static final String RULE = """
            # METADATA
            # custom:
            #   id: T-1
            package t
            deny contains x if { some x in input.xs; x > data.limit }
            """;

    private static RampartProgram program() {
        CompiledPolicy p = RegoCompiler.compile(List.of(new RegoSource("t.rego", RULE)), CompileOptions.DEFAULT).policy();
        return RegoWasm.compile(p, List.of(Entrypoint.Document.of("data.t.deny")));
    }

    @Test
    void aRampartBundleEvaluatesWithItsOwnDataMergedWithTheCallers() throws IOException {
        assumeTrue(Backend.available(), "RegoWasm.compile is not implemented yet");
        BundleArchive a = BundleWriter.write(program().moduleBytes(), List.of("t/deny"), Values.fromJson("{\"limit\": 2}"),
                List.of(), List.of("t", "limit"));
        Path f = Files.write(dir.resolve("b.tar.gz"), a.toBytes());
        LoadedBundle b = BundleLoader.load(f);
        assertThat(b.kind()).isEqualTo(LoadedBundle.Kind.RAMPART);
        assertThat(b.manifest().roots()).containsExactly("limit", "t");
        var input = Values.fromJson("{\"xs\": [1, 2, 3, 4]}");
        assertThat(b.program().evaluate("t/deny", input, ObjectValue.EMPTY))
                .isEqualTo(Values.set(Values.number(3), Values.number(4)));
        assertThat(b.program().evaluateAll(List.of("t/deny"), input, Values.fromJson("{\"other\": 1}"),
                EvalOptions.DEFAULT)).containsExactly(Values.set(Values.number(3), Values.number(4)));
    }

    @Test
    void aBareRampartModuleLoadsAsRampart() throws IOException {
        assumeTrue(Backend.available(), "RegoWasm.compile is not implemented yet");
        Path f = Files.write(dir.resolve("policy.wasm"), program().moduleBytes());
        LoadedBundle b = BundleLoader.load(f);
        assertThat(b.kind()).isEqualTo(LoadedBundle.Kind.RAMPART);
        assertThat(b.program().evaluate("t/deny", Values.fromJson("{\"xs\": [5]}"), Values.fromJson("{\"limit\": 1}")))
                .isEqualTo(Values.set(Values.number(5)));
    }

    @Test
    void aManifestListingAnEntrypointTheModuleLacksIsRefused() throws IOException {
        assumeTrue(Backend.available(), "RegoWasm.compile is not implemented yet");
        BundleArchive a = BundleWriter.write(program().moduleBytes(), List.of("t/deny", "t/nope"), null, List.of(),
                List.of("t"));
        Path f = Files.write(dir.resolve("b.tar.gz"), a.toBytes());
        assertThatThrownBy(() -> BundleLoader.load(f)).isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("entrypoints the module does not export: [t/nope]");
    }

    @Test
    void aRampartManifestWithoutItsModuleIsRefused() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(".manifest", "{\"rampart\": {\"format_version\": 1}, \"wasm\": [{\"entrypoint\": \"t/deny\", \"module\": \"/policy.wasm\"}]}"
                .getBytes(StandardCharsets.UTF_8));
        Path f = Files.write(dir.resolve("b.tar.gz"), BundleArchive.of(files).toBytes());
        assertThatThrownBy(() -> BundleLoader.load(f)).isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("the manifest names /policy.wasm but the bundle has no such file");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> BundleLoader.load(dir.resolve("nope.tar.gz"))).hasMessageEndingWith("nope.tar.gz: no such file");
    }
}
