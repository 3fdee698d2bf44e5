package dev.rampart.rego;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The shared Rego conformance corpus ({@code ../shared/conformance}: OPA's and regorus's YAML cases), read in
 * place; nothing of it is copied into the repository. Tests skip themselves when it is absent.
 */
public final class ConformanceCorpus {

    /** One case: its file (relative to the corpus), note, modules, query and what it expects. */
    record Case(String file, String note, List<String> modules, String query, boolean expectsError, boolean skip,
            boolean v0) {

        String id() {
            return file + " :: " + note;
        }

        /** Uses language features Rampart does not target (OPA's rego.v2 and future.keywords.not). */
        boolean usesUntargetedFeatures() {
            return modules.stream().anyMatch(m -> m.contains("import rego.v2") || m.contains("future.keywords.not"));
        }
    }

    private ConformanceCorpus() {}

    /**
     * The corpus folder: the {@code rampart.conformance} system property, else {@code shared/conformance} in the
     * working directory's parent or a further ancestor (worktrees sit one level deeper than the main checkout).
     */
    public static Optional<Path> locate() {
        String prop = System.getProperty("rampart.conformance");
        if (prop != null) {
            Path p = Path.of(prop);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared").resolve("conformance");
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static List<Path> files(Path root) {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Case> cases(Path root) {
        List<Case> out = new ArrayList<>();
        for (Path f : files(root)) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            // The regorus runner reads its modules as Rego v0, except this one file (see the corpus README).
            boolean v0 = rel.startsWith("regorus/") && !rel.equals("regorus/binding/bindings.yaml");
            Object doc;
            try {
                doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (Object o : (List<?>) ((Map<?, ?>) doc).get("cases")) {
                Map<?, ?> c = (Map<?, ?>) o;
                List<String> modules = new ArrayList<>();
                if (c.get("modules") instanceof List<?> ms) {
                    ms.forEach(m -> modules.add((String) m));
                }
                boolean expectsError = c.get("error") != null || c.get("want_error") != null
                        || c.get("want_error_code") != null;
                out.add(new Case(rel, String.valueOf(c.get("note")), modules, (String) c.get("query"), expectsError,
                        Boolean.TRUE.equals(c.get("skip")), v0));
            }
        }
        return out;
    }
}
