package dev.rampart.rego.parse;

import dev.rampart.rego.BuiltinCatalog;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.RegoSource;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import java.util.List;

/** Entry points of the Rego parser: modules, queries and single terms. */
public final class RegoParser {

    private RegoParser() {}

    /** A parsed module, or the errors that prevented it (module null then). */
    public record ModuleResult(Module module, List<RegoError> errors) {
        public ModuleResult {
            errors = List.copyOf(errors);
        }
    }

    /** A parsed query (a body), or its errors. */
    public record QueryResult(List<Expr> body, List<RegoError> errors) {
        public QueryResult {
            errors = List.copyOf(errors);
        }
    }

    /**
     * Parses one module. In v0-compatible mode the v0 syntax applies ({@code p { … }}, {@code p[x] { … }},
     * future keywords by import) unless the module imports {@code rego.v1}.
     */
    public static ModuleResult parseModule(RegoSource source, boolean v0Compatible) {
        Parser.Parsed parsed = Parser.parse(source.text(), source.name(), !v0Compatible);
        if (!parsed.errors().isEmpty()) {
            return new ModuleResult(null, parsed.errors());
        }
        ModuleAssembler assembler = new ModuleAssembler(parsed, source.name(), !v0Compatible, BuiltinCatalog::isBuiltin);
        Module m = assembler.assemble();
        return new ModuleResult(m, m == null ? assembler.errors() : List.of());
    }

    /** Parses a query such as {@code data.p.q = x; x > 1} (Rego v1 keywords). */
    public static QueryResult parseQuery(String text, String name) {
        Parser.QueryParsed q = Parser.parseQuery(text, name);
        return new QueryResult(q.body(), q.errors());
    }

    /** Parses a single term, e.g. an input document written in Rego ({@code {"a": {1, 2}}}); errors as for queries. */
    public static TermResult parseTerm(String text, String name) {
        QueryResult q = parseQuery(text, name);
        if (q.body() == null) {
            return new TermResult(null, q.errors());
        }
        if (q.body().size() == 1 && q.body().get(0).form() instanceof TermExpr t && !q.body().get(0).negated()
                && q.body().get(0).with().isEmpty()) {
            return new TermResult(t.term(), List.of());
        }
        return new TermResult(null, List.of(new RegoError(dev.rampart.rego.ErrorCode.PARSE,
                "expected exactly one term", q.body().get(0).location())));
    }

    /** A parsed term, or its errors. */
    public record TermResult(Term term, List<RegoError> errors) {
        public TermResult {
            errors = List.copyOf(errors);
        }
    }
}
