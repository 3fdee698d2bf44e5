package dev.rampart.cli;

import dev.rampart.RampartException;
import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.wasm.Entrypoint;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.RampartProgram;
import dev.rampart.wasm.RegoWasm;
import dev.rampart.wasm.bundle.BundleArchive;
import dev.rampart.wasm.bundle.BundleWriter;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart build PATH… -o bundle.tar.gz}: compiles policies once into a bundle that {@code eval} and {@code scan} load. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Compile policies to one WebAssembly module and write a bundle (gzipped tar, OPA's layout): .manifest, "
                    + "/policy.wasm, /data.json when PATH holds data files, and /metadata.json with the METADATA "
                    + "annotations, so a scan of the bundle reports rule titles and severities.",
            "Entrypoints are those named with -e; without -e, the deny and unknown documents of every rule package "
                    + "(a package whose METADATA has custom.id) and every rule marked `entrypoint: true`.",
            "Exits 0 on success, 2 on compile or usage errors."
        })
final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Rego files, data files (.json, .yaml), or directories searched recursively for both.")
    List<Path> paths;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "bundle.tar.gz",
            description = "Where to write the bundle (default: ${DEFAULT-VALUE}); replaced atomically.")
    Path output;

    @Option(names = {"-e", "--entrypoint"}, paramLabel = "ENTRYPOINT",
            description = "A document the bundle evaluates, as a path (data.rampart.rules.net_001.deny) or an "
                    + "entrypoint name (rampart/rules/net_001/deny). Repeatable.")
    List<String> entrypoints = new ArrayList<>();

    @Option(names = "--v0-compatible",
            description = "Read Rego v0 syntax (p { … }, p[x] { … }), as OPA's --v0-compatible. Modules that "
                    + "import rego.v1 are read as v1.")
    boolean v0Compatible;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PolicySources.Loaded loaded = PolicySources.load(paths);
        if (loaded.modules().isEmpty()) {
            throw new RampartException("no .rego files in " + paths);
        }
        CompiledPolicy policy = PolicyCompilation.compile(loaded.modules(), v0Compatible, err);
        if (policy == null) {
            return ExitCodes.ERROR;
        }
        List<Entrypoint.Document> eps = entrypoints.isEmpty() ? defaultEntrypoints(policy) : named(policy, loaded.data());
        if (eps.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no entrypoints: name them with -e (e.g. "
                    + "-e rampart/rules/net_001/deny), or give rule packages a METADATA custom.id, or mark rules "
                    + "with `entrypoint: true` METADATA");
        }
        RampartProgram program = RegoWasm.compile(policy, List.copyOf(eps));
        try {
            program.checkData(loaded.data()); // the bundle would fail at its first evaluation
        } catch (PolicyEvaluationException e) {
            err.println(PolicyCompilation.format(e));
            err.flush();
            return ExitCodes.ERROR;
        }
        List<String> names = eps.stream().map(Entrypoint.Document::name).toList();
        BundleArchive bundle = BundleWriter.write(program.moduleBytes(), names,
                loaded.data() instanceof ObjectValue o && o.isEmpty() ? null : loaded.data(), policy.annotations(),
                roots(policy, loaded.data()));
        write(bundle);
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + output + ": " + names.size() + " entrypoint" + (names.size() == 1 ? "" : "s") + ", "
                + policy.modules().size() + " module" + (policy.modules().size() == 1 ? "" : "s") + ", "
                + policy.annotations().size() + " METADATA block" + (policy.annotations().size() == 1 ? "" : "s"));
        out.flush();
        return ExitCodes.OK;
    }

    /** The entrypoints given with -e, each checked to name a rule, a package or base data. */
    private List<Entrypoint.Document> named(CompiledPolicy policy, Value data) {
        Map<String, Entrypoint.Document> out = new LinkedHashMap<>();
        for (String e : entrypoints) {
            Entrypoint.Document ep = PolicyCompilation.entrypoint(e);
            boolean known = policy.ruleSets().stream().anyMatch(rs -> {
                String p = rs.path().toString();
                return p.equals(ep.path()) || p.startsWith(ep.path() + ".") || p.startsWith(ep.path() + "[");
            }) || inData(data, ep.name());
            if (!known) {
                throw new CommandLine.ParameterException(spec.commandLine(), "-e " + e + ": no rule, package or "
                        + "data document at " + ep.path());
            }
            out.putIfAbsent(ep.name(), ep);
        }
        return List.copyOf(out.values());
    }

    /** {@code deny} and {@code unknown} of rule packages (METADATA custom.id), and rules marked as entrypoints. */
    static List<Entrypoint.Document> defaultEntrypoints(CompiledPolicy policy) {
        Map<String, Entrypoint.Document> out = new LinkedHashMap<>();
        for (Annotation a : policy.annotations()) {
            if (a.target() == null) {
                continue;
            }
            String target = a.target().toString();
            if (a.scope() == Annotation.Scope.PACKAGE && a.custom().containsKey("id")) {
                for (String doc : List.of("deny", "unknown")) {
                    if (policy.ruleSet(target + "." + doc) != null) {
                        out.putIfAbsent(target + "." + doc, Entrypoint.Document.of(target + "." + doc));
                    }
                }
            }
            if (a.entrypoint()) {
                out.putIfAbsent(target, Entrypoint.Document.of(target));
            }
        }
        return List.copyOf(out.values());
    }

    /** The first segment of every package and of every top-level data key: the parts of data the bundle owns. */
    private static List<String> roots(CompiledPolicy policy, Value data) {
        TreeSet<String> roots = new TreeSet<>();
        for (Module m : policy.modules()) {
            List<Term> terms = m.pkg().path().terms();
            if (terms.size() > 1 && terms.get(1) instanceof StringTerm s) {
                roots.add(s.value());
            }
        }
        if (data instanceof ObjectValue o) {
            o.keys().forEach(k -> roots.add(k instanceof StringValue s ? s.value() : k.toString()));
        }
        return List.copyOf(roots);
    }

    private static boolean inData(Value data, String name) {
        Value node = data;
        for (String seg : name.split("/")) {
            node = node instanceof ObjectValue o ? o.get(seg) : null;
        }
        return node != null;
    }

    private void write(BundleArchive bundle) {
        Path target = output.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path tmp = StagingFile.beside(target);
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    bundle.write(out);
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new RampartException("cannot write " + output + ": " + e.getMessage(), e);
        }
    }
}
