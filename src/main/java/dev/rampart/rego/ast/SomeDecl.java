package dev.rampart.rego.ast;

import java.util.List;

/** {@code some x, y}: declares local variables (removed by the compiler once resolved). */
public record SomeDecl(List<Var> vars) implements ExprForm {
    public SomeDecl {
        vars = List.copyOf(vars);
    }
}
