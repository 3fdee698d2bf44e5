package dev.rampart.rego;

import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Term;
import java.util.List;

/**
 * A rule after compilation, ready to be planned.
 *
 * @param path        the document it contributes to: the ground prefix of its ref ({@code data.pkg.p})
 * @param ref         the full head ref from {@code data}, possibly with variables ({@code data.pkg.p[x]})
 * @param kind        how it contributes
 * @param args        function arguments (renamed locals), empty for other rules
 * @param key         the element of a partial set rule, else null (object keys are the last ref term)
 * @param value       the value (true when not written); null for partial set rules
 * @param body        expressions after local-variable rewriting and safety reordering
 * @param elseRule    the next {@code else} branch, or null
 * @param isDefault   a {@code default} rule
 * @param location    where the rule starts
 * @param module      the file of its module
 * @param annotations METADATA blocks of rule or document scope that apply to it
 */
public record CompiledRule(
        Ref path,
        Ref ref,
        RuleKind kind,
        List<Term> args,
        Term key,
        Term value,
        List<Expr> body,
        CompiledRule elseRule,
        boolean isDefault,
        Location location,
        String module,
        List<Annotation> annotations) {

    public CompiledRule {
        args = List.copyOf(args);
        body = List.copyOf(body);
        annotations = List.copyOf(annotations);
    }

    /** The path as text, e.g. {@code data.pkg.p}. */
    public String pathString() {
        return path.toString();
    }
}
