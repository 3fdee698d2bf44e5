package dev.rampart.rego;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.rego.ast.Terms;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ad-hoc queries ({@code rampart eval}) get the same checks as rule bodies. */
class QueryCompileTest {

    private static final CompiledPolicy POLICY = RegoCompiler.compile(
            List.of(new RegoSource("p.rego", "package p\nq := 1\nf(x) := x + 1")), CompileOptions.DEFAULT).policy();

    private static QueryResult query(String q) {
        return RegoCompiler.compileQuery(q, POLICY, CompileOptions.DEFAULT);
    }

    @Test
    void queryVariablesAreReportedUnderTheNamesWritten() {
        QueryResult r = query("data.p.q = x; y := data.p.f(x)");
        assertThat(r.errors()).isEmpty();
        assertThat(r.query().vars()).extracting(CompiledQuery.QueryVar::name).containsExactly("x", "y");
        CompiledQuery.QueryVar y = r.query().vars().get(1);
        assertThat(y.compiledName()).startsWith("__localq");
        assertThat(Terms.print(r.query().body())).isEqualTo("data.p.q = x; " + y.compiledName() + " = data.p.f(x)");
    }

    @Test
    void queriesAreReorderedForSafety() {
        QueryResult r = query("x > 0; x = data.p.q");
        assertThat(Terms.print(r.query().body())).isEqualTo("x = data.p.q; x > 0");
    }

    @Test
    void unsafeQueryVariable() {
        assertThat(query("x > 1").errors()).extracting(RegoError::format)
                .containsExactly("query:1:1: rego_unsafe_var_error: var x is unsafe");
    }

    @Test
    void unknownFunctionInAQuery() {
        assertThat(query("x := data.p.g(1)").errors()).extracting(RegoError::format)
                .containsExactly("query:1:6: rego_type_error: undefined function data.p.g");
    }

    @Test
    void syntaxErrorInAQuery() {
        assertThat(query("x := [1").errors()).extracting(RegoError::format)
                .containsExactly("query:1:8: rego_parse_error: unexpected eof token: expected \",\" or \"]\"");
    }

    @Test
    void groundQueriesHaveNoVariables() {
        QueryResult r = query("1 == 1; data.p.q == 1");
        assertThat(r.errors()).isEmpty();
        assertThat(r.query().vars()).isEmpty();
    }
}
