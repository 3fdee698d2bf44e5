package dev.rampart.rego.compile;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import java.util.HashMap;
import java.util.Map;

/**
 * Stage "SetAnnotationSet": a package has at most one {@code package}-scoped METADATA block across its
 * modules, and a document (or subpackage tree) at most one {@code document} ({@code subpackages}) block.
 */
final class AnnotationChecks {

    private AnnotationChecks() {}

    static void run(CompileContext ctx) {
        Map<Ref, Annotation> packages = new HashMap<>();
        Map<Ref, Annotation> paths = new HashMap<>();
        for (Module m : ctx.modules()) {
            for (Annotation a : m.annotations()) {
                Map<Ref, Annotation> seen = switch (a.scope()) {
                    case PACKAGE -> packages;
                    case DOCUMENT, SUBPACKAGES -> paths;
                    case RULE -> null;
                };
                if (seen == null || a.target() == null) {
                    continue;
                }
                Annotation prev = seen.putIfAbsent(a.target(), a);
                if (prev != null) {
                    ctx.error(ErrorCode.TYPE, a.location(),
                            a.scope().keyword() + " annotation redeclared: " + prev.location());
                }
            }
        }
    }
}
