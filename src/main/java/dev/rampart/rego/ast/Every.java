package dev.rampart.rego.ast;

import java.util.List;

/**
 * {@code every key, value in domain { body }}: true when the body holds for every element. The key is
 * null when not written (the compiler then gives it a fresh name). Key and value are local to the body.
 */
public record Every(Var key, Var value, Term domain, List<Expr> body) implements ExprForm {
    public Every {
        body = List.copyOf(body);
    }
}
