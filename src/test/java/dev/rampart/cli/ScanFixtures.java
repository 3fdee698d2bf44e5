package dev.rampart.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Inputs for the CLI tests of scan, rules and diff. */
final class ScanFixtures {
    static final String EXAMPLE = "fixtures/example/cdk.out";
    static final String POLICIES = "src/test/resources/scan/policies";
    static final String UNRESOLVED = "src/test/resources/scan/unresolved.yaml";
    static final String LISTENER = "RampartExample/PublicAlbHttpA2F180B8";
    static final String ORDERS = "RampartExample/OrdersService70141735";

    private ScanFixtures() {}

    /** {@code rampart scan ARGS --no-builtin --policy <test policies>}. */
    static CliRun.Result scan(String... args) {
        return CliRun.rampart(with(with(new String[] {"scan"}, args), "--no-builtin", "--policy", POLICIES));
    }

    static String[] with(String[] args, String... extra) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(extra));
        return all.toArray(String[]::new);
    }

    /** A copy of the example's cdk.out in {@code dir}, its template edited by {@code edit}. */
    static Path example(Path dir, java.util.function.UnaryOperator<String> edit) {
        Path to = dir.resolve("cdk.out");
        try (Stream<Path> walk = Files.walk(Path.of(EXAMPLE))) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(Path.of(EXAMPLE).relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
            Path template = to.resolve("RampartExample.template.json");
            Files.writeString(template, edit.apply(Files.readString(template)));
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds {@code Metadata.rampart.suppress} entries to the example's HTTP listener (as CDK's addMetadata writes). */
    static String suppressListener(String template, String entriesJson) {
        String path = "\"aws:cdk:path\": \"RampartExample/PublicAlb/Http/Resource\"";
        if (!template.contains(path)) {
            throw new IllegalStateException("the example changed: no " + path);
        }
        return template.replace(path, path + ",\n    \"rampart\": {\"suppress\": " + entriesJson + "}");
    }
}
