package dev.rampart.rego;

import dev.rampart.rego.ast.Expr;
import java.util.List;
import java.util.Map;

/**
 * An ad-hoc query compiled against a policy, e.g. {@code data.pkg.p = x}.
 *
 * @param body          the expressions, rewritten and reordered like rule bodies
 * @param vars          the query's variables a result reports, in order of appearance
 * @param rewrittenVars renamed variables (new name → name as written)
 */
public record CompiledQuery(List<Expr> body, List<QueryVar> vars, Map<String, String> rewrittenVars) {

    /** A result variable: the name the user wrote and the name it has in the compiled body. */
    public record QueryVar(String name, String compiledName) {}

    public CompiledQuery {
        body = List.copyOf(body);
        vars = List.copyOf(vars);
        rewrittenVars = Map.copyOf(rewrittenVars);
    }
}
