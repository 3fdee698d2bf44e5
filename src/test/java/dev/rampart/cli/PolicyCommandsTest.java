package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.rampart.wasm.Backend;
import dev.rampart.wasm.bundle.BundleArchive;
import dev.rampart.wasm.bundle.BundleLoader;
import dev.rampart.wasm.bundle.LoadedBundle;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rampart eval}, {@code test} and {@code build}: usage, errors, OPA bundles, and (once the backend exists) results. */
class PolicyCommandsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static CliRun.Result rampart(String... args) {
        return CliRun.rampart(args);
    }

    private Path demoBundle() throws IOException {
        byte[] wasm;
        try (InputStream in = getClass().getResourceAsStream("/demo-policy.wasm")) {
            wasm = in.readAllBytes();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(".manifest", "{\"wasm\": [{\"entrypoint\": \"opa/wasm/test/allowed\", \"module\": \"/policy.wasm\"}]}"
                .getBytes(StandardCharsets.UTF_8));
        files.put("policy.wasm", wasm);
        files.put("data.json", "{\"role\": {\"alice\": \"admin\"}}".getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve("opa.tar.gz"), BundleArchive.of(files).toBytes());
    }

    // --- usage and errors (no backend needed) ---

    @Test
    void evalNeedsPoliciesOrABundle() {
        CliRun.Result r = rampart("eval", "x := 1");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("give the policies with -d PATH, or a bundle with --bundle FILE");
    }

    @Test
    void evalRefusesABundleTogetherWithPolicies() throws IOException {
        Path p = write("p.rego", "package p\nx := 1\n");
        CliRun.Result r = rampart("eval", "-d", p.toString(), "--bundle", demoBundle().toString(), "data.p.x");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("--bundle and -d cannot be used together");
    }

    @Test
    void evalPrintsCompileErrorsWithFileLineAndColumn() throws IOException {
        Path p = write("bad.rego", "package bad\n\nq := foo(1)\n");
        CliRun.Result r = rampart("eval", "-d", p.toString(), "data.bad.q");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).isEqualTo(p + ":3:6: rego_type_error: undefined function foo\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void evalPrintsQueryErrors() throws IOException {
        Path p = write("p.rego", "package p\nx := 1\n");
        CliRun.Result r = rampart("eval", "-d", p.toString(), "y := nope(1)");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("rego_type_error: undefined function nope");
    }

    @Test
    void evalRefusesAMalformedInput() throws IOException {
        Path p = write("p.rego", "package p\nx := input.a\n");
        Path in = write("input.json", "{\"a\": ");
        CliRun.Result r = rampart("eval", "-d", p.toString(), "-i", in.toString(), "data.p.x");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).startsWith("rampart: " + in);
    }

    @Test
    void conflictingDataFilesAreAnError() throws IOException {
        Path p = write("p.rego", "package p\nx := data.a\n");
        Path one = write("one.json", "{\"a\": 1}");
        Path two = write("two.yaml", "a: 2\n");
        CliRun.Result r = rampart("eval", "-d", p.toString(), "--data", one.toString(), "--data", two.toString(), "data.p.x");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("conflicting values for data.a").contains(two.toString());
    }

    @Test
    void evalRunsAnOpaBundleEntrypoint() throws IOException {
        Path input = write("input.json", "{\"user\": \"alice\"}");
        CliRun.Result r = rampart("eval", "--bundle", demoBundle().toString(), "-i", input.toString(),
                "data.opa.wasm.test.allowed");
        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("[{\"result\":true}]\n");
    }

    @Test
    void evalAcceptsAnEntrypointNameAndExtraData() throws IOException {
        Path input = write("input.yaml", "user: carol\n");
        Path data = write("more.json", "{\"role\": {\"carol\": \"admin\"}}");
        CliRun.Result r = rampart("eval", "--bundle", demoBundle().toString(), "-i", input.toString(),
                "--data", data.toString(), "--format", "pretty", "opa/wasm/test/allowed");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("[\n  {\n    \"result\": true\n  }\n]\n");
    }

    @Test
    void evalOfAnUnknownBundleEntrypointListsTheKnownOnes() throws IOException {
        CliRun.Result r = rampart("eval", "--bundle", demoBundle().toString(), "data.nope");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("has no entrypoint nope; it has opa/wasm/test/allowed");
    }

    @Test
    void aBundleWithAPathEscapingItIsRefused() throws IOException {
        Path evil = dir.resolve("evil.tar.gz");
        try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                new org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream(Files.newOutputStream(evil)))) {
            var e = new org.apache.commons.compress.archivers.tar.TarArchiveEntry("../policy.wasm", true);
            e.setSize(1);
            out.putArchiveEntry(e);
            out.write('x');
            out.closeArchiveEntry();
        }
        CliRun.Result r = rampart("eval", "--bundle", evil.toString(), "data.x");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).startsWith("rampart: " + evil + ": entry path \"../policy.wasm\" is not allowed");
    }

    @Test
    void aBundleThatIsNotAnArchiveIsRefused() throws IOException {
        Path junk = write("junk.tar.gz", "not a bundle");
        CliRun.Result r = rampart("eval", "--bundle", junk.toString(), "data.x");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("not a gzip-compressed archive");
    }

    @Test
    void testReportsCompileErrorsWithExitCode2() throws IOException {
        write("p/bad_test.rego", "package p\ntest_x if { y > 1 }\n");
        CliRun.Result r = rampart("test", dir.resolve("p").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("rego_unsafe_var_error: var y is unsafe");
    }

    @Test
    void testRefusesAnInvalidRunPattern() throws IOException {
        write("p/a_test.rego", "package p\ntest_x if { true }\n");
        CliRun.Result r = rampart("test", dir.resolve("p").toString(), "--run", "(");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("--run: not a regular expression");
    }

    @Test
    void testWithoutTestRulesSaysSo() throws IOException {
        write("p/a.rego", "package p\nx := 1\n");
        CliRun.Result r = rampart("test", dir.resolve("p").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("no tests found");
    }

    @Test
    void buildWithoutEntrypointsExplainsHowToNameThem() throws IOException {
        write("p/a.rego", "package p\nx := 1\n");
        CliRun.Result r = rampart("build", dir.resolve("p").toString(), "-o", dir.resolve("b.tar.gz").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("no entrypoints: name them with -e");
    }

    @Test
    void buildRefusesAnEntrypointThatNamesNothing() throws IOException {
        write("p/a.rego", "package p\nx := 1\n");
        CliRun.Result r = rampart("build", dir.resolve("p").toString(), "-e", "p/y", "-o", dir.resolve("b.tar.gz").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("-e p/y: no rule, package or data document at data.p.y");
    }

    @Test
    void buildReportsCompileErrors() throws IOException {
        write("p/a.rego", "package p\nx := foo(1)\n");
        CliRun.Result r = rampart("build", dir.resolve("p").toString(), "-e", "p/x");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("rego_type_error: undefined function foo");
    }

    @Test
    void buildRefusesDataWhereARuleIsDefined() throws IOException {
        write("p/a.rego", "package custom.c1\ndeny contains \"x\" if input.bad\n");
        write("p/custom/c1/data.json", "{\"deny\": []}");
        Path bundle = dir.resolve("b.tar.gz");
        CliRun.Result r = rampart("build", dir.resolve("p").toString(), "-e", "custom/c1/deny", "-o", bundle.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("rego_compile_error: conflicting rule for data path custom/c1/deny found");
        assertThat(bundle).doesNotExist();
    }

    // --- results (need the planner and backend) ---

    @Test
    void evalPrintsOneObjectPerSolution() throws IOException {
        assumeTrue(Backend.available(), "RegoWasm.compile is not implemented yet");
        Path p = write("p.rego", "package p\nxs := [1, 2]\n");
        CliRun.Result r = rampart("eval", "-d", p.toString(), "x := data.p.xs[_]");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("[{\"x\":1},{\"x\":2}]\n");
    }

    @Test
    void evalOfADefinedQueryWithoutVariablesIsOneEmptyObjectAndUndefinedIsEmpty() throws IOException {
        assumeTrue(Backend.available(), "RegoWasm.compile is not implemented yet");
        Path p = write("p.rego", "package p\nx := 1\n");
        assertThat(rampart("eval", "-d", p.toString(), "data.p.x == 1").out()).isEqualTo("[{}]\n");
        assertThat(rampart("eval", "-d", p.toString(), "data.p.x == 2").out()).isEqualTo("[]\n");
        assertThat(rampart("eval", "-d", p.toString(), "data.p.nope").out()).isEqualTo("[]\n");
    }

    @Test
    void evalReadsInputDataFilesAndDirectories() throws IOException {
        assumeTrue(Backend.available(), "RegoWasm.compile is not implemented yet");
        write("pol/p.rego", "package p\nallowed if data.roles[input.user] == \"admin\"\n");
        write("pol/roles/data.json", "{\"alice\": \"admin\"}");
        Path input = write("input.json", "{\"user\": \"alice\"}");
        CliRun.Result r = rampart("eval", "-d", dir.resolve("pol").toString(), "-i", input.toString(), "a := data.p.allowed");
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("[{\"a\":true}]\n");
    }

    @Test
    void evalStrictTurnsBuiltinErrorsIntoErrors() throws IOException {
        assumeTrue(Backend.available(), "RegoWasm.compile is not implemented yet");
        Path p = write("p.rego", "package p\nx := 1 / 0\n");
        assertThat(rampart("eval", "-d", p.toString(), "y := data.p.x").out()).isEqualTo("[]\n");
        CliRun.Result r = rampart("eval", "-d", p.toString(), "--strict", "y := data.p.x");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("eval_builtin_error: div: divide by zero");
    }

    @Test
    void testReportsPassFailAndErrorWithASummary() throws IOException {
        assumeTrue(Backend.available(), "RegoWasm.compile is not implemented yet");
        write("t/a_test.rego", """
                package a
                test_ok if { 1 == 1 }
                test_false if { print("looking"); false }
                test_undefined if { data.nothing }
                todo_later if { false }
                """);
        CliRun.Result r = rampart("test", dir.resolve("t").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("data.a.test_false: FAIL").contains("  looking")
                .contains("data.a.test_undefined: FAIL").doesNotContain("test_ok: PASS")
                .contains("PASS: 1/4").contains("FAIL: 2/4").contains("SKIPPED: 1/4");
        CliRun.Result v = rampart("test", dir.resolve("t").toString(), "-v", "--run", "test_ok");
        assertThat(v.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(v.out()).contains("data.a.test_ok: PASS").contains("PASS: 1/1");
    }

    @Test
    void aTestDefinedTwiceRunsOncePerDefinitionAndOnlyTruePasses() throws IOException {
        write("t/a_test.rego", "package a\ntest_allow if true\ntest_num := 1\ntest_set contains 1\n");
        write("t/b_test.rego", "package a\ntest_allow if false\ntest_allow if true\n");
        CliRun.Result r = rampart("test", dir.resolve("t").toString(), "-v");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("data.a.test_allow: PASS").contains("data.a.test_allow#01: FAIL")
                .contains("data.a.test_allow#02: PASS").contains("data.a.test_num: FAIL")
                .contains("data.a.test_set: FAIL").contains("PASS: 2/5").contains("FAIL: 3/5");
        CliRun.Result one = rampart("test", dir.resolve("t").toString(), "-v", "--run", "test_allow#01");
        assertThat(one.out()).contains("data.a.test_allow#01: FAIL").contains("FAIL: 1/1");
    }

    @Test
    void aRunawayEvaluationStopsAtTheTimeoutGivenAndSaysHowToAllowMore() throws IOException {
        write("p/boom.rego", "package boom\nn := numbers.range(1, 2000)\n"
                + "triples contains [a, b, c] if { some a in n; some b in n; some c in n }\n");
        CliRun.Result r = rampart("eval", "-d", dir.resolve("p").toString(), "--timeout", "200ms",
                "x := count(data.boom.triples)");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("rampart_timeout_error: evaluation exceeded its time budget of 200ms"
                + " (a larger --timeout allows more)");
        CliRun.Result bad = rampart("eval", "-d", dir.resolve("p").toString(), "--timeout", "soon", "x := 1");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(bad.err()).contains("--timeout: \"soon\" is not a duration (e.g. 500ms, 30s, 2m, 1h)");
    }

    @Test
    void testUsesDataFilesUnderThePath() throws IOException {
        assumeTrue(Backend.available(), "RegoWasm.compile is not implemented yet");
        write("t/cfg/data.yaml", "limit: 3\n");
        write("t/a_test.rego", "package a\ntest_limit if { data.cfg.limit == 3 }\n");
        CliRun.Result r = rampart("test", dir.resolve("t").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("PASS: 1/1");
    }

    @Test
    void buildWritesABundleThatEvalAndTheLoaderRead() throws IOException {
        assumeTrue(Backend.available(), "RegoWasm.compile is not implemented yet");
        write("pol/rules/net.rego", """
                # METADATA
                # title: Instances are not public
                # custom:
                #   id: NET-001
                #   severity: high
                package rampart.rules.net_001

                deny contains {"resource": i.id, "message": "public"} if {
                    some i in input.instances
                    i.public
                    i.id != data.rampart.config.exempt
                }
                """);
        write("pol/rampart/config/data.json", "{\"exempt\": \"i-2\"}");
        Path bundle = dir.resolve("out/bundle.tar.gz");
        CliRun.Result b = rampart("build", dir.resolve("pol").toString(), "-o", bundle.toString());
        assertThat(b.err()).isEmpty();
        assertThat(b.exitCode()).isEqualTo(ExitCodes.OK);
        LoadedBundle loaded = BundleLoader.load(bundle);
        assertThat(loaded.kind()).isEqualTo(LoadedBundle.Kind.RAMPART);
        assertThat(loaded.manifest().rampart().entrypoints()).containsExactly("rampart/rules/net_001/deny");
        assertThat(loaded.annotations()).anySatisfy(a -> assertThat(a.custom()).containsEntry("id", "NET-001"));
        Path input = write("snap.json", "{\"instances\": [{\"id\": \"i-1\", \"public\": true}, {\"id\": \"i-2\", \"public\": true}]}");
        CliRun.Result e = rampart("eval", "--bundle", bundle.toString(), "-i", input.toString(),
                "data.rampart.rules.net_001.deny");
        assertThat(e.err()).isEmpty();
        assertThat(e.out()).isEqualTo("[{\"result\":[{\"message\":\"public\",\"resource\":\"i-1\"}]}]\n");
    }
}
