package dev.rampart.rego.compile;

import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Every;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.SomeDecl;
import dev.rampart.rego.ast.SomeIn;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Variables a body declares with {@code :=} or {@code some} (not looking into comprehensions), as OPA computes them. */
final class DeclaredVars {

    private DeclaredVars() {}

    static Set<String> of(List<Expr> body) {
        Set<String> out = new HashSet<>();
        for (Expr e : body) {
            add(e, out);
        }
        return out;
    }

    private static void add(Expr e, Set<String> out) {
        switch (e.form()) {
            case CallExpr c -> {
                if (e.isAssignment()) {
                    out.addAll(VarVisitor.ALL.vars(c.operands().get(0)));
                }
            }
            case SomeDecl s -> s.vars().forEach(v -> out.add(v.name()));
            case SomeIn s -> {
                if (s.key() != null) {
                    out.addAll(VarVisitor.ALL.vars(s.key()));
                }
                out.addAll(VarVisitor.ALL.vars(s.value()));
            }
            case Every ev -> ev.body().forEach(b -> add(b, out));
            default -> { }
        }
    }
}
