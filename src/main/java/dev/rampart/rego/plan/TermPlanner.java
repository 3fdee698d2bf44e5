package dev.rampart.rego.plan;

import dev.rampart.rego.Builtin;
import dev.rampart.rego.BuiltinCatalog;
import dev.rampart.rego.Location;
import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.NullTerm;
import dev.rampart.rego.ast.NumberTerm;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ir.Operand;
import dev.rampart.rego.ir.Operand.Const;
import dev.rampart.rego.ir.Operand.Local;
import dev.rampart.rego.ir.Stmt;
import dev.rampart.rego.ir.Stmt.Collection;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans terms: scalars become constants, references become lookups and scans (a variable key that is not
 * bound yet iterates and binds it), collections are built, comprehensions collect their body's solutions,
 * and calls go to built-ins on the host or to planned functions. Everything is in continuation-passing
 * style: what follows a term is planned inside the scans the term opens.
 */
final class TermPlanner {

    /** What to plan once a term's value is in {@code value}, with {@code scope} holding what it bound. */
    @FunctionalInterface
    interface TermCont {
        void run(Operand value, Scope scope);
    }

    /** What to plan once every term of a list has a value. */
    @FunctionalInterface
    interface ListCont {
        void run(List<Operand> values, Scope scope);
    }

    private final Planner planner;
    private final FuncBuilder fb;
    BodyPlanner body;

    TermPlanner(Planner planner, FuncBuilder fb) {
        this.planner = planner;
        this.fb = fb;
    }

    void term(Term t, Scope s, Ctx c, TermCont k) {
        switch (t) {
            case NullTerm n -> k.run(Const.NULL, s);
            case BooleanTerm b -> k.run(b.value() ? Const.TRUE : Const.FALSE, s);
            case NumberTerm n -> k.run(planner.consts.of(n), s);
            case StringTerm str -> k.run(planner.consts.of(str), s);
            case Var v -> var(v, s, c, k);
            case Ref r -> ref(r, s, c, k);
            case ArrayTerm a -> collection(t, a.elements(), Collection.ARRAY, s, c, k);
            case SetTerm st -> collection(t, st.elements(), Collection.SET, s, c, k);
            case ObjectTerm o -> object(o, s, c, k);
            case ArrayComprehension ac -> comprehension(Collection.ARRAY, ac.term(), null, ac.body(), s, c, k);
            case SetComprehension sc -> comprehension(Collection.SET, sc.term(), null, sc.body(), s, c, k);
            case ObjectComprehension oc -> comprehension(Collection.OBJECT, oc.key(), oc.value(), oc.body(), s, c, k);
            case Call call -> call(call.operator(), call.args(), call.location(), s, c, k);
        }
    }

    /** Plans each term in order, later terms inside the scans of earlier ones. */
    void terms(List<Term> ts, Scope s, Ctx c, ListCont k) {
        termsFrom(ts, 0, new ArrayList<>(ts.size()), s, c, k);
    }

    private void termsFrom(List<Term> ts, int i, List<Operand> acc, Scope s, Ctx c, ListCont k) {
        if (i == ts.size()) {
            k.run(List.copyOf(acc), s);
            return;
        }
        term(ts.get(i), s, c, (op, s2) -> {
            acc.add(op);
            termsFrom(ts, i + 1, acc, s2, c, k);
            acc.remove(acc.size() - 1);
        });
    }

    private void var(Var v, Scope s, Ctx c, TermCont k) {
        switch (v.name()) {
            case "input" -> {
                fb.emit(new Stmt.IsDefinedStmt(c.input()));
                k.run(c.input(), s);
            }
            case "data" -> k.run(documentValue(planner.tree.root, c), s);
            default -> {
                Operand op = s.lookup(v.name());
                if (op == null) {
                    throw new PlanningException(v.location(), "var " + v.name() + " is unsafe");
                }
                k.run(op, s);
            }
        }
    }

    // ---- references

    void ref(Ref r, Scope s, Ctx c, TermCont k) {
        Term head = r.head();
        if (head instanceof Var v && v.name().equals("data")) {
            dataRef(r, s, c, k);
        } else if (head instanceof Var v && v.name().equals("input")) {
            if (r.size() == 1) {
                fb.emit(new Stmt.IsDefinedStmt(c.input()));
            }
            keys(c.input(), r, 1, false, s, c, k);
        } else {
            term(head, s, c, (op, s2) -> keys(op, r, 1, false, s2, c, k));
        }
    }

    /**
     * Looks up (or iterates over) the keys of {@code r} from index {@code i} on, starting at {@code src};
     * {@code storage} when {@code src} is base data reached through a {@code data} reference.
     */
    void keys(Operand src, Ref r, int i, boolean storage, Scope s, Ctx c, TermCont k) {
        if (i == r.size()) {
            k.run(src, s);
            return;
        }
        Term key = r.get(i);
        if (key instanceof Var v && !s.isBound(v.name()) && !isRoot(v)) {
            Local source = local(src);
            Local kl = fb.newLocal();
            Local vl = fb.newLocal();
            BlockBuilder scan = fb.current().scan(source, kl, vl);
            fb.in(scan, () -> keys(vl, r, i + 1, storage, s.bind(v.name(), kl), c, k));
        } else if (body.isPattern(key, s)) {
            Local source = local(src);
            Local kl = fb.newLocal();
            Local vl = fb.newLocal();
            BlockBuilder scan = fb.current().scan(source, kl, vl);
            fb.in(scan, () -> body.unifyOperand(key, kl, s, c, s2 -> keys(vl, r, i + 1, storage, s2, c, k)));
        } else {
            term(key, s, c, (kop, s2) -> {
                Local t = fb.newLocal();
                fb.emit(storage ? new Stmt.StorageDotStmt(src, kop, t) : new Stmt.DotStmt(src, kop, t));
                keys(t, r, i + 1, storage, s2, c, k);
            });
        }
    }

    private static boolean isRoot(Var v) {
        return v.name().equals("input") || v.name().equals("data");
    }

    /**
     * A reference into {@code data}: follows the rule tree as far as the keys are ground and name rules,
     * calls a rule set's function where one is reached, reads base data where no rules are below, and
     * materialises the merged document where a variable key has to iterate over rules and data together.
     */
    private void dataRef(Ref r, Scope s, Ctx c, TermCont k) {
        RuleTree.Node n = planner.tree.root;
        int i = 1;
        while (true) {
            if (c.variant().overrides(n.path) || !n.documentsBelow) {
                keys(baseData(n, c), r, i, true, s, c, k);
                return;
            }
            if (n.hasDocumentRules() && !n.hasDocumentChildren()) {
                keys(callRuleSet(n, c), r, i, false, s, c, k);
                return;
            }
            if (i == r.size()) {
                k.run(documentValue(n, c), s);
                return;
            }
            Term key = r.get(i);
            RuleTree.Node child = key.isGround() ? n.children.get(key) : null;
            if (child == null) {
                // a constant key that names no rule can only be in base data (or in this node's own rules)
                boolean base = key.isGround() && !n.hasDocumentRules();
                keys(base ? baseData(n, c) : documentValue(n, c), r, i, base, s, c, k);
                return;
            }
            n = child;
            i++;
        }
    }

    /** The value of the document at a rule tree node, in the current variant. */
    Local documentValue(RuleTree.Node n, Ctx c) {
        if (c.variant().overrides(n.path) || !n.documentsBelow) {
            return baseData(n, c);
        }
        if (n.hasDocumentRules() && !n.hasDocumentChildren()) {
            return callRuleSet(n, c);
        }
        return call(planner.documentFunc(n, c.variant()), c.baseArgs(), List.of());
    }

    private Local callRuleSet(RuleTree.Node n, Ctx c) {
        return call(planner.ruleSetFunc(n, c.variant()), c.baseArgs(), List.of());
    }

    /** The base data at a node's path: lookups from the {@code data} local. */
    Local baseData(RuleTree.Node n, Ctx c) {
        Local cur = c.data();
        for (int j = 1; j < n.path.size(); j++) {
            Local t = fb.newLocal();
            fb.emit(new Stmt.DotStmt(cur, planner.consts.of(n.path.get(j)), t));
            cur = t;
        }
        return cur;
    }

    private Local call(String func, List<Operand> base, List<Operand> args) {
        List<Operand> all = new ArrayList<>(base);
        all.addAll(args);
        Local result = fb.newLocal();
        fb.emit(new Stmt.CallStmt(func, all, result));
        return result;
    }

    // ---- collections

    private void collection(Term t, List<Term> elements, Collection kind, Scope s, Ctx c, TermCont k) {
        if (t.isGround()) {
            k.run(planner.consts.of(t), s);
            return;
        }
        terms(elements, s, c, (ops, s2) -> {
            Local l = fb.newLocal();
            fb.emit(new Stmt.MakeStmt(kind, l));
            for (Operand op : ops) {
                fb.emit(kind == Collection.ARRAY ? new Stmt.ArrayAppendStmt(op, l) : new Stmt.SetAddStmt(op, l));
            }
            k.run(l, s2);
        });
    }

    private void object(ObjectTerm o, Scope s, Ctx c, TermCont k) {
        if (o.isGround()) {
            k.run(planner.consts.of(o), s);
            return;
        }
        List<Term> flat = new ArrayList<>(o.entries().size() * 2);
        for (ObjectTerm.Entry e : o.entries()) {
            flat.add(e.key());
            flat.add(e.value());
        }
        terms(flat, s, c, (ops, s2) -> {
            Local l = fb.newLocal();
            fb.emit(new Stmt.MakeStmt(Collection.OBJECT, l));
            for (int j = 0; j < ops.size(); j += 2) {
                fb.emit(new Stmt.ObjectInsertStmt(ops.get(j), ops.get(j + 1), l, -1));
            }
            k.run(l, s2);
        });
    }

    /** Collects the solutions of a comprehension's body; its variables do not escape. */
    private void comprehension(Collection kind, Term term, Term value, List<dev.rampart.rego.ast.Expr> exprs,
            Scope s, Ctx c, TermCont k) {
        Local l = fb.newLocal();
        fb.emit(new Stmt.MakeStmt(kind, l));
        int site = kind == Collection.OBJECT ? planner.sites.of(term.location(), SitePool.OBJECT_CONFLICT) : -1;
        BlockBuilder inner = fb.current().block();
        fb.in(inner, () -> body.body(exprs, s, c, s2 -> term(term, s2, c, (op, s3) -> {
            switch (kind) {
                case ARRAY -> fb.emit(new Stmt.ArrayAppendStmt(op, l));
                case SET -> fb.emit(new Stmt.SetAddStmt(op, l));
                case OBJECT -> term(value, s3, c, (vop, s4) -> fb.emit(new Stmt.ObjectInsertStmt(op, vop, l, site)));
            }
        })));
        k.run(l, s);
    }

    // ---- calls

    /** Plans a call whose value is used: a user function, a built-in, or their {@code with} replacement. */
    void call(Ref operator, List<Term> args, Location loc, Scope s, Ctx c, TermCont k) {
        String name = operator.toString();
        Mock mock = c.variant().functions().get(name);
        if (mock instanceof Mock.Constant m) {
            k.run(m.value(), s);
            return;
        }
        if (mock instanceof Mock.Slot m) {
            k.run(c.slots().get(m.index()), s);
            return;
        }
        String target = mock instanceof Mock.Function f ? f.name() : name;
        if (target.equals("print") || target.equals("internal.print")) {
            print(args, loc, s, c, k);
            return;
        }
        // the replacement runs without the replacement of the function it replaces (g may call f)
        Ctx callCtx = mock == null ? c : c.withVariant(c.variant().withoutFunction(name), c.slots());
        terms(args, s, c, (ops, s2) -> k.run(callResolved(target, ops, loc, callCtx), s2));
    }

    /** Calls {@code name} (already resolved through mocks) with evaluated arguments; returns the result local. */
    Local callResolved(String name, List<Operand> ops, Location loc, Ctx c) {
        RuleTree.Node fn = planner.functionNode(name);
        if (fn != null) {
            return call(planner.functionFunc(fn, c.variant()), c.baseArgs(), ops);
        }
        Builtin b = BuiltinCatalog.get(name);
        if (b == null) {
            throw new PlanningException(loc, "undefined function " + name);
        }
        Local result = fb.newLocal();
        fb.emit(new Stmt.BuiltinStmt(b.name(), ops, result, planner.sites.of(loc, b.name())));
        return result;
    }

    /**
     * {@code print(a, b)}: each argument is collected into a set of its values (empty when undefined, which
     * prints {@code <undefined>}) and the host prints every combination, as OPA's {@code internal.print} does.
     */
    private void print(List<Term> args, Location loc, Scope s, Ctx c, TermCont k) {
        Local arr = fb.newLocal();
        List<Local> sets = new ArrayList<>();
        for (Term a : args) {
            Local set = fb.newLocal();
            fb.emit(new Stmt.MakeStmt(Collection.SET, set));
            BlockBuilder inner = fb.current().block();
            fb.in(inner, () -> term(a, s, c, (op, s2) -> fb.emit(new Stmt.SetAddStmt(op, set))));
            sets.add(set);
        }
        fb.emit(new Stmt.MakeStmt(Collection.ARRAY, arr));
        for (Local set : sets) {
            fb.emit(new Stmt.ArrayAppendStmt(set, arr));
        }
        Local result = fb.newLocal();
        fb.emit(new Stmt.BuiltinStmt("internal.print", List.of(arr), result,
                planner.sites.of(loc, "internal.print")));
        k.run(result, s);
    }

    /** {@code op} in a local (constants are copied into one), for statements that need a local. */
    Local local(Operand op) {
        if (op instanceof Local l) {
            return l;
        }
        Local l = fb.newLocal();
        fb.emit(new Stmt.AssignStmt(op, l));
        return l;
    }
}
