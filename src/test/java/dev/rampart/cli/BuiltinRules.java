package dev.rampart.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the real rules are for the tests that scan with them: the built-in set in the jar (once the policies are
 * in this checkout), or, with {@code -Drampart.test.repo=DIR}, the {@code policies/} and default configuration of
 * another checkout (a worktree of the policies branch), so they can be tried before the merge.
 */
final class BuiltinRules {
    private static final String REPO = System.getProperty("rampart.test.repo");

    private BuiltinRules() {}

    /** Whether real rules are available (tests using them skip otherwise). */
    static boolean available() {
        return REPO != null ? Files.isRegularFile(Path.of(REPO, "policies/index.txt"))
                : BuiltinRules.class.getClassLoader().getResource("policies/index.txt") != null;
    }

    /** A fixture of the real rules' checkout ({@code fixtures/rules/…}). */
    static Path fixture(String relative) {
        return REPO != null ? Path.of(REPO, relative) : Path.of(relative);
    }

    /** {@code rampart scan ARGS} with the real rules. */
    static CliRun.Result scan(String... args) {
        List<String> all = new ArrayList<>(List.of("scan"));
        all.addAll(List.of(args));
        if (REPO != null) {
            all.addAll(List.of("--no-builtin", "--policy", Path.of(REPO, "policies").toString(), "--config",
                    Path.of(REPO, "src/main/resources/dev/rampart/engine/default-config.yaml").toString()));
        }
        return CliRun.rampart(all.toArray(String[]::new));
    }
}
