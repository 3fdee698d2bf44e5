package dev.rampart.wasm.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleManifestTest {

    private static BundleManifest parse(String json) {
        return BundleManifest.parse(json.getBytes(StandardCharsets.UTF_8), "b.tar.gz");
    }

    @Test
    void aRampartManifestRoundTrips() {
        BundleManifest m = new BundleManifest("sha256:ab", List.of("rampart"),
                List.of(new BundleManifest.WasmEntry("rampart/a/deny", "/policy.wasm")),
                new BundleManifest.RampartSection(1, "0.1.0", List.of("rampart/a/deny")));
        BundleManifest back = BundleManifest.parse(m.toJson(), "b");
        assertThat(back).isEqualTo(m);
        assertThat(back.isRampart()).isTrue();
    }

    @Test
    void anOpaManifestHasNoRampartSection() {
        BundleManifest m = parse("""
                {"revision": "", "roots": [""], "wasm": [{"entrypoint": "opa/wasm/test/allowed", "module": "/policy.wasm"}],
                 "metadata": {"anything": 1}}""");
        assertThat(m.isRampart()).isFalse();
        assertThat(m.wasm()).containsExactly(new BundleManifest.WasmEntry("opa/wasm/test/allowed", "/policy.wasm"));
    }

    @Test
    void missingRootsMeanTheWholeDataTreeAsInOpa() {
        assertThat(parse("{}").roots()).containsExactly("");
    }

    @Test
    void aNewerFormatIsRefusedWithAdvice() {
        assertThatThrownBy(() -> parse("{\"rampart\": {\"format_version\": 2}}"))
                .isInstanceOf(InvalidBundleException.class)
                .hasMessageContaining("b.tar.gz: .manifest: bundle format 2 is not supported")
                .hasMessageContaining("rebuild the bundle");
    }

    @Test
    void malformedJsonIsRefused() {
        assertThatThrownBy(() -> parse("{\"roots\": ")).hasMessageStartingWith("b.tar.gz: .manifest: not valid JSON");
        assertThatThrownBy(() -> parse("[]")).hasMessage("b.tar.gz: .manifest: must be a JSON object");
        assertThatThrownBy(() -> parse("{\"roots\": \"x\"}")).hasMessage("b.tar.gz: .manifest: roots must be a list of strings");
        assertThatThrownBy(() -> parse("{\"wasm\": [1]}")).hasMessageContaining("each wasm entry must be an object");
    }
}
