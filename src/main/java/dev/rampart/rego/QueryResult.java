package dev.rampart.rego;

import java.util.List;

/** The outcome of compiling a query: the query when there are no errors, else null and the errors. */
public record QueryResult(CompiledQuery query, List<RegoError> errors) {
    public QueryResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
