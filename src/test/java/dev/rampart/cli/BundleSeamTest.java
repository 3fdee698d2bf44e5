package dev.rampart.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --bundle FILE} goes through the bundle loaders; bundles are evaluated beside the Rego rules. */
class BundleSeamTest {
    @TempDir
    Path dir;

    private Path bundle() throws Exception {
        return Files.writeString(dir.resolve("team.canned.json"), """
                {"rules": [{"id": "TEAM-001", "title": "Team rule", "severity": "low", "package": "team.r1",
                            "resource_kinds": ["listeners"]}],
                 "answers": {"team/r1/deny": [{"resource": "RampartExample/PublicAlbHttpA2F180B8",
                                               "message": "Team rule says no."}]}}
                """);
    }

    @Test
    void aBundleARegisteredLoaderAcceptsIsEvaluatedWithTheOtherRules() throws Exception {
        CliRun.Result run = ScanFixtures.scan(ScanFixtures.EXAMPLE, "--bundle", bundle().toString());

        assertThat(run.out()).contains("LOW (1)", "TEAM-001  Team rule", "Team rule says no.", "LB-001");
    }

    @Test
    void aFileNoLoaderAcceptsIsAnError() throws Exception {
        Path other = Files.writeString(dir.resolve("bundle.zip"), "x");

        CliRun.Result run = ScanFixtures.scan(ScanFixtures.EXAMPLE, "--bundle", other.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.ERROR);
        assertThat(run.err()).contains("not a policy bundle this Rampart can read (known kinds: Rampart or OPA bundle"
                + " (.tar.gz, .wasm), canned test bundle)");
    }
}
