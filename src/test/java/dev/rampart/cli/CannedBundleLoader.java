package dev.rampart.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.engine.BundleLoader;
import dev.rampart.engine.PolicySet;
import dev.rampart.engine.RuleInfo;
import dev.rampart.engine.RuleModule;
import dev.rampart.engine.Severity;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A test bundle kind ({@code *.canned.json}: rules and fixed answers per entrypoint), registered through
 * {@code META-INF/services}, to exercise the {@code --bundle} seam the OPA and Rampart bundle loaders plug into.
 */
public final class CannedBundleLoader implements BundleLoader {
    @Override
    public String kind() {
        return "canned test bundle";
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().endsWith(".canned.json");
    }

    @Override
    public PolicySet load(Path file, String display) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            List<RuleModule> rules = new ArrayList<>();
            for (JsonNode r : root.get("rules")) {
                String pkg = r.get("package").asText();
                List<String> kinds = new ArrayList<>();
                r.get("resource_kinds").forEach(k -> kinds.add(k.asText()));
                rules.add(new RuleModule(new RuleInfo(r.get("id").asText(), r.get("title").asText(), null,
                        Severity.parse(r.get("severity").asText()), null, List.of(), kinds, pkg, display),
                        pkg.replace('.', '/') + "/deny", null));
            }
            Map<String, Value> answers = new HashMap<>();
            root.get("answers").properties().forEach(e -> answers.put(e.getKey(), Values.fromJson(e.getValue().toString())));
            PolicyProgram program = new PolicyProgram() {
                @Override
                public List<String> entrypoints() {
                    return List.copyOf(answers.keySet());
                }

                @Override
                public Value evaluate(String entrypoint, Value input, Value data, EvalOptions options) {
                    return answers.get(entrypoint);
                }
            };
            return new PolicySet.Program(display, program, rules, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
