package dev.rampart.bench;

import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompileResult;
import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import dev.rampart.rego.RuleSet;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.wasm.Entrypoint;
import dev.rampart.wasm.RegoWasm;
import dev.rampart.wasm.emit.ModuleEmitter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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

/**
 * Compiling the built-in policy set, warm: every {@code .rego} under {@code policies/} (or
 * {@code -jvmArgs -Drampart.policies=DIR}) except the tests, parsed and compiled together, then planned and
 * emitted as one Wasm module with every {@code deny} and {@code unknown} document as an entrypoint, and that
 * module compiled to JVM bytecode by Chicory. The runtime's caches are bypassed (every iteration would give
 * the same module and hit them), so this is the compiler's whole cost. Target (issue 4): under 300 ms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class PolicySetCompileBench {

    private final List<RegoSource> sources = new ArrayList<>();

    @Setup
    public void load() throws IOException {
        Path dir = Path.of(System.getProperty("rampart.policies", "policies"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir.toAbsolutePath() + " is not a directory: run from the repository "
                    + "root or pass -jvmArgs -Drampart.policies=DIR");
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".rego") && !p.toString().endsWith("_test.rego"))
                    .sorted().toList()) {
                sources.add(new RegoSource(f.toString(), Files.readString(f)));
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("no .rego files under " + dir.toAbsolutePath());
        }
        int bytes = compile();
        System.out.printf("%n[PolicySetCompileBench] %d modules from %s; module %,d bytes%n", sources.size(), dir,
                bytes);
    }

    /** The whole path once; returns the module's size. */
    int compile() {
        CompileResult cr = RegoCompiler.compile(sources, CompileOptions.DEFAULT.withMaxErrors(0));
        if (!cr.ok()) {
            throw new IllegalStateException("the policies do not compile: " + cr.errors());
        }
        byte[] module = ModuleEmitter.emit(RegoWasm.plan(cr.policy(), entrypoints(cr.policy())));
        WasmModule parsed = Parser.parse(module);
        Function<Instance, Machine> machine = MachineFactoryCompiler.compile(parsed);
        return machine == null ? 0 : module.length;
    }

    static List<Entrypoint> entrypoints(CompiledPolicy policy) {
        List<Entrypoint> out = new ArrayList<>();
        for (RuleSet rs : policy.ruleSets()) {
            if (rs.path().get(rs.path().size() - 1) instanceof StringTerm last
                    && (last.value().equals("deny") || last.value().equals("unknown"))) {
                out.add(Entrypoint.Document.of(rs.path().toString()));
            }
        }
        return out;
    }

    @Benchmark
    public int compilePolicySet() {
        return compile();
    }

    /** The front end alone (parse, compile stages), to tell its share from the planner's, the backend's and Chicory's. */
    @Benchmark
    public CompileResult frontEndOnly() {
        return RegoCompiler.compile(sources, CompileOptions.DEFAULT.withMaxErrors(0));
    }
}
