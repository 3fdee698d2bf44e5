package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.wasm.bundle.BundleArchive;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rampart scan --bundle}: bundles built by {@code rampart build} scan like the Rego they were built from. */
class BundleScanTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The test policies without their deliberately broken test module ({@code rampart build} compiles tests too). */
    private Path policiesWithoutTests() throws Exception {
        Path to = dir.resolve("policies");
        Path from = Path.of(ScanFixtures.POLICIES);
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.toString().endsWith("_test.rego")) {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    @Test
    void aBundleFromRampartBuildGivesTheFindingsOfItsRego() throws Exception {
        Path bundle = dir.resolve("team.tar.gz");
        CliRun.Result build = CliRun.rampart("build", policiesWithoutTests().toString(), "-o", bundle.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();

        CliRun.Result fromBundle = CliRun.rampart("scan", ScanFixtures.EXAMPLE, "--no-builtin", "--bundle",
                bundle.toString(), "--format", "json");
        CliRun.Result fromRego = ScanFixtures.scan(ScanFixtures.EXAMPLE, "--format", "json");

        assertThat(fromBundle.exitCode()).as(fromBundle.err()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode doc = JSON.readTree(fromBundle.out());
        assertThat(doc.get("findings")).isEqualTo(JSON.readTree(fromRego.out()).get("findings"));
        assertThat(doc.get("rules")).extracting(r -> r.get("id").asText())
                .containsExactly("EPT-004", "LB-001", "NET-001", "SC-001");
        assertThat(doc.get("rules").get(1).get("source").asText()).endsWith("(in " + bundle.toString().replace('\\', '/') + ")");
    }

    @Test
    void anOpaBundleWithoutRuleMetadataIsAnErrorNamingIt() throws Exception {
        byte[] wasm;
        try (InputStream in = BundleScanTest.class.getResourceAsStream("/demo-policy.wasm")) {
            wasm = in.readAllBytes();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(".manifest", ("{\"revision\": \"\", \"roots\": [\"\"], \"wasm\": [{\"entrypoint\": "
                + "\"opa/wasm/test/allowed\", \"module\": \"/policy.wasm\"}]}").getBytes());
        files.put("policy.wasm", wasm);
        Path bundle = dir.resolve("opa.tar.gz");
        try (OutputStream out = Files.newOutputStream(bundle)) {
            BundleArchive.of(files).write(out);
        }

        CliRun.Result run = CliRun.rampart("scan", ScanFixtures.EXAMPLE, "--no-builtin", "--bundle", bundle.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("opa.tar.gz: the bundle has no rule METADATA");
    }

    @Test
    void aCorruptBundleIsAnInputError() throws Exception {
        Path bundle = Files.writeString(dir.resolve("broken.tar.gz"), "not gzip");

        CliRun.Result run = CliRun.rampart("scan", ScanFixtures.EXAMPLE, "--no-builtin", "--bundle", bundle.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("broken.tar.gz");
    }
}
