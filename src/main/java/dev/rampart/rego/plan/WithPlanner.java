package dev.rampart.rego.plan;

import dev.rampart.rego.BuiltinCatalog;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ast.With;
import dev.rampart.rego.ir.Operand;
import dev.rampart.rego.ir.Operand.Const;
import dev.rampart.rego.ir.Operand.Local;
import dev.rampart.rego.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans an expression with {@code with} modifiers. Replacing part of {@code input} or of base data makes a
 * modified copy in a new local, which the expression (and every function it calls, since functions take
 * {@code input} and {@code data} as parameters) then reads. Replacing rules or functions changes how the
 * functions the expression reaches are planned: they are planned again in a {@link Variant}. What follows
 * the expression sees none of it.
 */
final class WithPlanner {
    private final Planner planner;
    private final FuncBuilder fb;
    private final TermPlanner terms;
    private final BodyPlanner body;

    WithPlanner(Planner planner, FuncBuilder fb, TermPlanner terms, BodyPlanner body) {
        this.planner = planner;
        this.fb = fb;
        this.terms = terms;
        this.body = body;
    }

    void plan(Expr e, Scope s, Ctx c, BodyPlanner.Cont k) {
        Expr bare = new Expr(e.form(), e.negated(), List.of(), e.location(), e.generated());
        apply(e.with(), 0, s, c, modified -> {
            if (bare.negated()) {
                BlockBuilder not = fb.current().not();
                fb.in(not, () -> body.form(bare, s, modified, s2 -> {}));
                k.run(s);
            } else {
                // the continuation was made with the caller's context: what follows sees no replacement
                body.form(bare, s, modified, k);
            }
        });
    }

    private interface CtxCont {
        void run(Ctx c);
    }

    private void apply(List<With> withs, int i, Scope s, Ctx c, CtxCont k) {
        if (i == withs.size()) {
            k.run(c);
            return;
        }
        With w = withs.get(i);
        Ref target = w.target() instanceof Ref r ? r : new Ref(List.of(w.target()), w.target().location());
        String head = target.headName();
        if ("input".equals(head) || "data".equals(head) && !replacesFunction(target)) {
            terms.term(w.value(), s, c, (v, s2) -> apply(withs, i + 1, s2, document(target, v, c), k));
        } else {
            function(target.toString(), w.value(), s, c, c2 -> apply(withs, i + 1, s, c2, k));
        }
    }

    private boolean replacesFunction(Ref target) {
        return planner.functionNode(target.toString()) != null;
    }

    /** {@code with input.a.b as v} or {@code with data.a.b as v}. */
    private Ctx document(Ref target, Operand value, Ctx c) {
        boolean input = "input".equals(target.headName());
        Local doc = input ? c.input() : c.data();
        List<Operand> path = new ArrayList<>();
        for (int j = 1; j < target.size(); j++) {
            Term key = target.get(j);
            if (!key.isGround()) {
                throw new PlanningException(key.location(), "with target keys must be constants");
            }
            path.add(planner.consts.of(key));
        }
        Local replaced = fb.newLocal();
        if (path.isEmpty()) {
            fb.emit(new Stmt.AssignStmt(value, replaced));
        } else {
            fb.emit(new Stmt.UpsertStmt(doc, path, value, replaced));
        }
        if (input) {
            return c.withInput(replaced);
        }
        Ctx out = c.withData(replaced);
        RuleTree.Node node = planner.tree.find(target);
        boolean rulesHere = node != null && node.documentsBelow || rulesAbove(target);
        return rulesHere ? out.withVariant(c.variant().withDataPath(target), c.slots()) : out;
    }

    /** True when a rule defines a prefix of {@code target} (the compiler forbids replacing inside one). */
    private boolean rulesAbove(Ref target) {
        RuleTree.Node n = planner.tree.root;
        for (int j = 1; j < target.size() && n != null; j++) {
            if (n.hasDocumentRules()) {
                return true;
            }
            n = n.children.get(target.get(j));
        }
        return false;
    }

    /** {@code with f as g} or {@code with f as value}, for built-ins and user functions. */
    private void function(String name, Term value, Scope s, Ctx c, CtxCont k) {
        String replacement = functionName(value);
        if (replacement != null) {
            Mock outer = c.variant().functions().get(replacement);
            Mock mock = outer != null ? outer : new Mock.Function(replacement);
            k.run(c.withVariant(c.variant().withFunction(name, mock), c.slots()));
            return;
        }
        terms.term(value, s, c, (v, s2) -> {
            if (v instanceof Const constant) {
                k.run(c.withVariant(c.variant().withFunction(name, new Mock.Constant(constant)), c.slots()));
            } else {
                List<Local> slots = new ArrayList<>(c.slots());
                Mock.Slot slot = new Mock.Slot(slots.size());
                slots.add(terms.local(v));
                k.run(c.withVariant(c.variant().withFunction(name, slot), slots));
            }
        });
    }

    /** The function a with value names (a built-in or a user function), or null when it is a value. */
    private String functionName(Term value) {
        Ref r = value instanceof Ref ref ? ref : value instanceof Var v ? new Ref(List.of(v), v.location()) : null;
        if (r == null) {
            return null;
        }
        String name = r.toString();
        if (planner.functionNode(name) != null) {
            return name;
        }
        return "data".equals(r.headName()) || BuiltinCatalog.get(name) == null ? null : name;
    }
}
