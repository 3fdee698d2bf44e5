package dev.rampart.wasm;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.RegoCompiler;
import dev.rampart.rego.RegoSource;
import java.util.List;

/**
 * Whether the planner and Wasm backend are implemented yet: tests of what depends on them (eval, test, build,
 * the conformance runner) skip themselves until {@link RegoWasm#compile} stops throwing
 * {@link UnsupportedOperationException}.
 */
public final class Backend {

    private static volatile Boolean available;

    private Backend() {}

    public static boolean available() {
        if (available == null) {
            var policy = RegoCompiler.compile(List.of(new RegoSource("probe.rego", "package probe\nx := 1\n")),
                    CompileOptions.DEFAULT).policy();
            try {
                RegoWasm.compile(policy, List.of(Entrypoint.Document.of("data.probe.x")));
                available = true;
            } catch (UnsupportedOperationException e) {
                available = false;
            }
        }
        return available;
    }
}
