package dev.rampart.wasm.bundle;

import dev.rampart.rego.ast.Annotation;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.value.Value;
import java.util.List;

/**
 * A bundle ready to evaluate.
 *
 * @param kind        who built it
 * @param program     its module; evaluations see the bundle's data merged with the data they are given
 * @param data        the bundle's own {@code data.json} ({@code {}} when it has none)
 * @param annotations the METADATA of its modules (Rampart bundles; empty for OPA's, which carry none)
 * @param manifest    its {@code .manifest}, or null (a bare {@code .wasm}, or an OPA bundle without one)
 * @param source      the file it was loaded from
 */
public record LoadedBundle(Kind kind, PolicyProgram program, Value data, List<Annotation> annotations,
        BundleManifest manifest, String source) {

    /** Who built a bundle, which decides how its module runs. */
    public enum Kind {
        /** {@code rampart build}: Rampart's module, on Rampart's host runtime. */
        RAMPART,
        /** {@code opa build -t wasm}: OPA's module, through opa-java-wasm. */
        OPA
    }

    public LoadedBundle {
        annotations = List.copyOf(annotations);
    }
}
