package dev.rampart.rego.compile;

import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.Every;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.ExprForm;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.Term;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OPA's safety check with reordering: expressions are moved so that each runs after the expressions that
 * bind the variables it needs (minimal reordering: among those ready, source order is kept). Comprehension
 * and {@code every} bodies are checked the same way, with the enclosing variables as globals.
 */
final class SafetyReorder {

    private final OutputVars outputs;
    /** Unsafe variables by expression (identity), for error reporting. */
    private final Map<Expr, Set<String>> unsafe = new IdentityHashMap<>();

    SafetyReorder(OutputVars outputs) {
        this.outputs = outputs;
    }

    /** Reordered body, or null when some variable can never be bound (see {@link #unsafe()}). */
    List<Expr> reorder(List<Expr> body, Set<String> globals) {
        int before = unsafe.size();
        List<Expr> reordered = reorderTop(body, globals);
        if (reordered == null) {
            return null;
        }
        Set<String> g = new HashSet<>(globals);
        List<Expr> out = new ArrayList<>(reordered.size());
        for (int i = 0; i < reordered.size(); i++) {
            if (i > 0) {
                g.addAll(VarVisitor.SAFETY.vars(reordered.get(i - 1)));
            }
            out.add(new ClosureReorder(reordered.get(i), g).expr(reordered.get(i)));
        }
        return unsafe.size() > before ? null : out;
    }

    Map<Expr, Set<String>> unsafe() {
        return unsafe;
    }

    private List<Expr> reorderTop(List<Expr> body, Set<String> globals) {
        Set<String> bodyVars = VarVisitor.SAFETY.vars(body);
        Set<String> safe = new HashSet<>(bodyVars);
        safe.retainAll(globals);
        int n = body.size();
        boolean[] added = new boolean[n];
        List<Expr> reordered = new ArrayList<>(n);
        while (true) {
            int progress = reordered.size();
            for (int i = 0; i < n; i++) {
                if (added[i]) {
                    continue;
                }
                Expr e = body.get(i);
                if (ready(e, safe, bodyVars, globals, reordered)) {
                    added[i] = true;
                    reordered.add(e);
                    safe.addAll(outputs.ofExpr(e, safe));
                }
            }
            if (reordered.size() == progress) {
                break;
            }
        }
        if (reordered.size() == n) {
            return reordered;
        }
        for (int i = 0; i < n; i++) {
            if (!added[i]) {
                unsafe.put(body.get(i), unsafeVars(body.get(i), safe, bodyVars, globals, reordered));
            }
        }
        return null;
    }

    private boolean ready(Expr e, Set<String> safe, Set<String> bodyVars, Set<String> globals, List<Expr> reordered) {
        Set<String> ovs = new HashSet<>(outputs.ofExpr(e, safe));
        ovs.removeAll(safe);
        Set<String> closed = closedOver(e, bodyVars, globals);
        closed.removeAll(safe);
        if (!closed.isEmpty() && closed.equals(ovs)) {
            return false; // its closures need exactly what it binds itself: OPA's "closure-self" case
        }
        Set<String> need = VarVisitor.SAFETY.vars(e);
        need.addAll(closed);
        need.removeAll(safe);
        need.removeAll(ovs);
        return need.isEmpty();
    }

    private Set<String> unsafeVars(Expr e, Set<String> safe, Set<String> bodyVars, Set<String> globals,
            List<Expr> reordered) {
        Set<String> need = new LinkedHashSet<>(VarVisitor.SAFETY.vars(e));
        need.removeAll(safe);
        need.removeAll(outputs.ofExpr(e, safe));
        Set<String> closed = closedOver(e, bodyVars, globals);
        closed.removeAll(safe);
        need.addAll(closed);
        return need;
    }

    private static Set<String> closedOver(Expr e, Set<String> bodyVars, Set<String> globals) {
        Set<String> cv = OutputVars.closureVars(e);
        cv.retainAll(bodyVars);
        cv.removeAll(globals);
        return cv;
    }

    /** Checks and reorders the comprehensions and {@code every} bodies of one expression. */
    private final class ClosureReorder extends AstRewriter {
        private final Expr current;
        private final Set<String> globals;

        ClosureReorder(Expr current, Set<String> globals) {
            this.current = current;
            this.globals = globals;
        }

        @Override
        ExprForm form(ExprForm f) {
            if (f instanceof Every ev) {
                Set<String> g = new HashSet<>(globals);
                if (ev.key() != null) {
                    g.add(ev.key().name());
                }
                g.add(ev.value().name());
                return new Every(ev.key(), ev.value(), term(ev.domain()), closureBody(Set.of(), ev.body(), g));
            }
            return super.form(f);
        }

        @Override
        Term term(Term t) {
            return switch (t) {
                case ArrayComprehension c -> new ArrayComprehension(c.term(),
                        closureBody(VarVisitor.ALL.vars(c.term()), c.body(), globals), c.location());
                case SetComprehension c -> new SetComprehension(c.term(),
                        closureBody(VarVisitor.ALL.vars(c.term()), c.body(), globals), c.location());
                case ObjectComprehension c -> {
                    Set<String> tv = VarVisitor.ALL.vars(c.key());
                    tv.addAll(VarVisitor.ALL.vars(c.value()));
                    yield new ObjectComprehension(c.key(), c.value(), closureBody(tv, c.body(), globals),
                            c.location());
                }
                default -> super.term(t);
            };
        }

        private List<Expr> closureBody(Set<String> termVars, List<Expr> body, Set<String> g) {
            Set<String> bv = VarVisitor.SAFETY.vars(body);
            bv.addAll(g);
            for (String v : termVars) {
                if (!bv.contains(v)) {
                    unsafe.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(v);
                }
            }
            List<Expr> r = reorder(body, g);
            return r == null ? body : r;
        }
    }
}
