package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;

/**
 * A rule: head, body and optional {@code else} chain. {@code generatedBody} marks rules written without a
 * body ({@code p := 1}), whose body is the single expression {@code true}.
 */
public record Rule(Head head, List<Expr> body, Rule elseRule, boolean isDefault, Location location,
        boolean generatedBody) {

    public Rule {
        body = List.copyOf(body);
    }

    public Rule withHead(Head h) {
        return new Rule(h, body, elseRule, isDefault, location, generatedBody);
    }

    public Rule withBody(List<Expr> b) {
        return new Rule(head, b, elseRule, isDefault, location, generatedBody);
    }

    public Rule withElse(Rule e) {
        return new Rule(head, body, e, isDefault, location, generatedBody);
    }
}
