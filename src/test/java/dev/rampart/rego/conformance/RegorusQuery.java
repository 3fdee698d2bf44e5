package dev.rampart.rego.conformance;

import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.parse.RegoParser;
import java.util.ArrayList;
import java.util.List;

/**
 * A query rewritten so that the values of its expressions come back as variables. Regorus reports, for a
 * query without variables, the value of each expression ({@code data.test.x} gives x's value, {@code 1 == 2}
 * gives {@code false}); Rampart's query entrypoints report only variable bindings. So each expression that is
 * not a unification, assignment, negation or declaration becomes {@code __capN__ = (expr)}, and, as OPA's own
 * {@code rego} package does, a query of several expressions also requires each captured value to be truthy
 * (a false expression then fails the query instead of being reported).
 *
 * @param text         the rewritten query
 * @param captureVars  per expression, the variable holding its value, or null where the value is {@code true}
 */
record RegorusQuery(String text, List<String> captureVars) {

    /** The rewrite of {@code query}, or null when it cannot be written (it does not parse, uses {@code with}). */
    static RegorusQuery capture(String query) {
        List<String> pieces = splitTopLevel(query);
        List<String> out = new ArrayList<>();
        List<String> vars = new ArrayList<>();
        List<String> checks = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i).strip();
            RegoParser.QueryResult parsed = RegoParser.parseQuery(piece, "query");
            if (!parsed.errors().isEmpty() || parsed.body().size() != 1) {
                return null;
            }
            Expr e = parsed.body().get(0);
            if (!e.with().isEmpty()) {
                return null;
            }
            boolean plain = !e.negated() && !e.isEquality() && !e.isAssignment()
                    && (e.form() instanceof CallExpr || e.form() instanceof dev.rampart.rego.ast.TermExpr);
            if (plain) {
                String var = "__cap" + i + "__";
                out.add(var + " = (" + piece + ")");
                vars.add(var);
                checks.add(var);
            } else {
                out.add(piece);
                vars.add(null);
            }
        }
        if (pieces.size() > 1) {
            out.addAll(checks);
        }
        return new RegorusQuery(String.join("; ", out), vars);
    }

    /** The query's expressions: split at {@code ;} and line breaks outside brackets and strings. */
    static List<String> splitTopLevel(String query) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            switch (c) {
                case '(', '[', '{' -> depth++;
                case ')', ']', '}' -> depth--;
                case '"' -> {
                    for (i++; i < query.length() && query.charAt(i) != '"'; i++) {
                        if (query.charAt(i) == '\\') {
                            i++;
                        }
                    }
                }
                case '`' -> i = Math.max(i, query.indexOf('`', i + 1));
                case ';', '\n' -> {
                    if (depth == 0) {
                        if (!query.substring(start, i).isBlank()) {
                            out.add(query.substring(start, i));
                        }
                        start = i + 1;
                    }
                }
                default -> { }
            }
        }
        if (!query.substring(start).isBlank()) {
            out.add(query.substring(start));
        }
        return out;
    }
}
