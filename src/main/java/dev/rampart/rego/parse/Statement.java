package dev.rampart.rego.parse;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Import;
import dev.rampart.rego.ast.PackageDecl;
import dev.rampart.rego.ast.Rule;
import java.util.List;

/** A top-level statement as the parser finds it, before the module is assembled. */
sealed interface Statement {

    Location location();

    /** {@code package …}. */
    record PackageStmt(PackageDecl decl) implements Statement {
        public Location location() {
            return decl.location();
        }
    }

    /** {@code import …}. */
    record ImportStmt(Import imp) implements Statement {
        public Location location() {
            return imp.location();
        }
    }

    /** A rule (each body of {@code p { … } { … }} is its own rule). */
    record RuleStmt(Rule rule) implements Statement {
        public Location location() {
            return rule.location();
        }
    }

    /** A bare query such as {@code p.q.r} or {@code p = 1}, later read as a rule. */
    record BodyStmt(List<Expr> body) implements Statement {
        public Location location() {
            return body.get(0).location();
        }
    }
}
