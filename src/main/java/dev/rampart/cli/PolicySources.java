package dev.rampart.cli;

import dev.rampart.RampartException;
import dev.rampart.rego.RegoSource;
import dev.rampart.wasm.bundle.DataDocuments;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads the policy paths of {@code eval -d}, {@code test} and {@code build} as OPA reads its {@code -d} paths:
 * {@code .rego} files are modules; {@code .json}, {@code .yaml} and {@code .yml} files are base data, placed
 * under {@code data} at the path of their directory relative to the directory given ({@code policies/a/b/x.json}
 * under {@code data.a.b} for {@code policies}); a data file named directly sits at the root of {@code data}.
 */
final class PolicySources {

    /** The modules and the base data document read from the paths. */
    record Loaded(List<RegoSource> modules, Value data) {}

    private PolicySources() {}

    static Loaded load(List<Path> paths) {
        List<RegoSource> modules = new ArrayList<>();
        Value data = ObjectValue.EMPTY;
        for (Path root : paths) {
            if (Files.isDirectory(root)) {
                List<Path> found;
                try (Stream<Path> s = Files.walk(root)) {
                    // normalized, so that files under "." are named p.rego, not ./p.rego, in messages (as OPA)
                    found = s.filter(Files::isRegularFile).map(Path::normalize).sorted().toList();
                } catch (IOException e) {
                    throw new RampartException("cannot read directory " + root + ": " + e.getMessage(), e);
                }
                for (Path f : found) {
                    if (isRego(f)) {
                        modules.add(RegoFiles.read(f));
                    } else if (isData(f)) {
                        List<String> at = new ArrayList<>();
                        Path base = root.normalize(); // the files are normalized too: "." becomes ""
                        base.relativize(f.getParent() == null ? base : f.getParent()).forEach(p -> {
                            if (!p.toString().isEmpty()) {
                                at.add(p.toString());
                            }
                        });
                        data = merge(data, DataDocuments.mount(at, readData(f)), f);
                    }
                }
            } else if (Files.isRegularFile(root)) {
                if (isRego(root)) {
                    modules.add(RegoFiles.read(root));
                } else if (isData(root)) {
                    Value v = readData(root);
                    if (!(v instanceof ObjectValue)) {
                        throw new RampartException(root + ": a data file given by name must hold an object "
                                + "(its keys become the top-level names under data)");
                    }
                    data = merge(data, v, root);
                } else {
                    throw new RampartException(root + ": not a policy (.rego) or data (.json, .yaml) file");
                }
            } else {
                throw new RampartException("no such file or directory: " + root);
            }
        }
        return new Loaded(modules, data);
    }

    /** A JSON or YAML document (by extension), e.g. the {@code --input} or a {@code --data} file. */
    static Value readData(Path f) {
        String name = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            try {
                return Values.fromYaml(Files.readString(f), f.toString());
            } catch (IOException e) {
                throw new RampartException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        if (!Files.isRegularFile(f)) {
            throw new RampartException("no such file: " + f);
        }
        return Values.fromJson(f);
    }

    /** {@code data} with each of {@code files} (JSON/YAML objects) merged in at the root. */
    static Value withDataFiles(Value data, List<Path> files) {
        Value out = data;
        for (Path f : files) {
            Value v = readData(f);
            if (!(v instanceof ObjectValue)) {
                throw new RampartException(f + ": a --data file must hold an object");
            }
            out = merge(out, v, f);
        }
        return out;
    }

    private static Value merge(Value acc, Value v, Path f) {
        return DataDocuments.merge(acc, v, "an earlier data file", f.toString());
    }

    private static boolean isRego(Path f) {
        return f.getFileName().toString().endsWith(".rego");
    }

    private static boolean isData(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
    }
}
