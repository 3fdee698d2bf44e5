package dev.rampart.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.rego.RegoSource;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where policies come from: --policy directories, the built-in set in the jar, --bundle files. */
class PolicySourcesTest {
    @TempDir
    Path dir;

    private Path write(String relative, String text) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @Test
    void aDirectoryGivesEveryRegoFileBelowItSortedWithoutTests() throws IOException {
        write("net/net_001.rego", "package a");
        write("net/net_001_test.rego", "package a_test");
        write("lib/net.rego", "package lib");
        write("README.md", "# no");

        PolicySet.Rego set = (PolicySet.Rego) new PolicyDirectory(dir, "mine").load();

        assertThat(set.modules()).extracting(RegoSource::name).containsExactly("mine/lib/net.rego", "mine/net/net_001.rego");
        assertThat(set.modules().get(1).text()).isEqualTo("package a");
    }

    @Test
    void aSingleFileMayBeGiven() throws IOException {
        Path f = write("one.rego", "package one");

        assertThat(((PolicySet.Rego) new PolicyDirectory(f, "one.rego").load()).modules())
                .extracting(RegoSource::name).containsExactly("one.rego");
    }

    @Test
    void aMissingDirectoryIsAnError() {
        assertThatThrownBy(() -> new PolicyDirectory(dir.resolve("nope"), "nope").load())
                .isInstanceOf(PolicyException.class).hasMessage("nope: no such policy directory or file");
    }

    @Test
    void theBuiltinSetIsWhatTheIndexLists() throws IOException {
        write("policies/index.txt", "# built-in\nlib/net.rego\n\npolicies/rules/net_001.rego\nrules/net_001_test.rego\n");
        write("policies/lib/net.rego", "package lib");
        write("policies/rules/net_001.rego", "package r");

        try (URLClassLoader jar = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            PolicySet.Rego set = (PolicySet.Rego) new BuiltinPolicies(jar).load();

            assertThat(set.modules()).extracting(RegoSource::name)
                    .containsExactly("policies/lib/net.rego", "policies/rules/net_001.rego");
        }
    }

    @Test
    void aBuildWithoutTheIndexSaysTheBuiltinPoliciesAreMissing() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new BuiltinPolicies(empty).load()).isInstanceOf(PolicyException.class)
                    .hasMessageContaining("the built-in policies are missing from this build");
        }
    }

    @Test
    void anIndexedFileMissingFromTheJarIsAnError() throws IOException {
        write("policies/index.txt", "lib/gone.rego\n");
        try (URLClassLoader jar = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThatThrownBy(() -> new BuiltinPolicies(jar).load()).isInstanceOf(PolicyException.class)
                    .hasMessageContaining("policies/lib/gone.rego is listed");
        }
    }

    @Test
    void aBundleNoLoaderAcceptsIsAnErrorNamingTheFile() throws IOException {
        Path f = write("policy.zip", "not a bundle");

        assertThatThrownBy(() -> BundleLoaders.source(f, "policy.zip").load()).isInstanceOf(PolicyException.class)
                .hasMessageStartingWith("policy.zip: not a policy bundle this Rampart can read (known kinds: Rampart or"
                        + " OPA bundle (.tar.gz, .wasm)");
    }

    @Test
    void aMissingBundleIsAnError() {
        assertThatThrownBy(() -> BundleLoaders.source(dir.resolve("x.tar.gz"), "x.tar.gz").load())
                .isInstanceOf(PolicyException.class).hasMessage("x.tar.gz: no such bundle file");
    }
}
