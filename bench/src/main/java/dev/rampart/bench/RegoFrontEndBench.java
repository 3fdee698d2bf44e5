package dev.rampart.bench;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Parses and compiles every case of the shared Rego conformance corpus (each case's modules together, as
 * the conformance walk does): the whole front end, warm. Target: under 2 s per pass. The corpus is read
 * from {@code -jvmArgs -Drampart.conformance=DIR}, else from {@code shared/conformance} in the working directory's
 * parent or a further ancestor (run from the repository root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RegoFrontEndBench {

    private record CaseModules(List<RegoSource> sources, boolean v0) {}

    private final List<CaseModules> cases = new ArrayList<>();

    @Setup
    public void load() throws IOException {
        Path root = corpus();
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        int modules = 0;
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            boolean v0 = rel.startsWith("regorus/") && !rel.equals("regorus/binding/bindings.yaml");
            Map<?, ?> doc = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(f));
            for (Object o : (List<?>) doc.get("cases")) {
                List<RegoSource> sources = new ArrayList<>();
                if (((Map<?, ?>) o).get("modules") instanceof List<?> ms) {
                    for (Object m : ms) {
                        sources.add(new RegoSource(rel + "#" + sources.size(), (String) m));
                    }
                }
                modules += sources.size();
                cases.add(new CaseModules(sources, v0));
            }
        }
        System.out.printf("%nRego corpus: %d files, %d cases, %d modules%n", files.size(), cases.size(), modules);
    }

    private static Path corpus() {
        String prop = System.getProperty("rampart.conformance");
        if (prop != null) {
            return Path.of(prop);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path p = dir.resolve("shared").resolve("conformance");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("conformance corpus not found: pass -Drampart.conformance=DIR");
    }

    /** One pass over the whole corpus; returns the number of errors so that nothing is optimised away. */
    @Benchmark
    public int parseAndCompileCorpus() {
        int errors = 0;
        for (CaseModules c : cases) {
            CompileResult r = RegoCompiler.compile(c.sources(),
                    CompileOptions.DEFAULT.withV0Compatible(c.v0()));
            errors += r.errors().size();
        }
        return errors;
    }
}
