package dev.rampart.rego.plan;

import dev.rampart.rego.Builtin;
import dev.rampart.rego.BuiltinCatalog;
import dev.rampart.rego.Location;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Every;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Operators;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.SomeDecl;
import dev.rampart.rego.ast.SomeIn;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ir.Operand;
import dev.rampart.rego.ir.Operand.Const;
import dev.rampart.rego.ir.Operand.Local;
import dev.rampart.rego.ir.Stmt;
import dev.rampart.rego.ir.Stmt.Collection;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans bodies: each expression in turn, the rest of the body nested inside whatever the expression opened
 * (scans of references, destructuring of patterns). Negation, {@code every} and {@code with} plan their
 * expression in a block of its own.
 */
final class BodyPlanner {

    /** What to plan once the expressions so far hold, with {@code scope} holding what they bound. */
    @FunctionalInterface
    interface Cont {
        void run(Scope scope);
    }

    private final Planner planner;
    private final FuncBuilder fb;
    private final TermPlanner terms;

    BodyPlanner(Planner planner, FuncBuilder fb, TermPlanner terms) {
        this.planner = planner;
        this.fb = fb;
        this.terms = terms;
        terms.body = this;
    }

    void body(List<Expr> exprs, Scope s, Ctx c, Cont k) {
        from(exprs, 0, s, c, k);
    }

    private void from(List<Expr> exprs, int i, Scope s, Ctx c, Cont k) {
        if (i == exprs.size()) {
            k.run(s);
            return;
        }
        expr(exprs.get(i), s, c, s2 -> from(exprs, i + 1, s2, c, k));
    }

    void expr(Expr e, Scope s, Ctx c, Cont k) {
        if (!e.with().isEmpty()) {
            new WithPlanner(planner, fb, terms, this).plan(e, s, c, k);
            return;
        }
        if (e.negated()) {
            BlockBuilder not = fb.current().not();
            fb.in(not, () -> form(e, s, c, s2 -> {}));
            k.run(s);
            return;
        }
        form(e, s, c, k);
    }

    /** The expression without its {@code not} and {@code with}. */
    void form(Expr e, Scope s, Ctx c, Cont k) {
        switch (e.form()) {
            case TermExpr t -> terms.term(t.term(), s, c, (op, s2) -> {
                fb.emit(new Stmt.TruthyStmt(op));
                k.run(s2);
            });
            case CallExpr call -> callExpr(call, e.location(), s, c, k);
            case SomeDecl d -> k.run(s);
            case SomeIn si -> throw new PlanningException(e.location(), "some … in should have been rewritten");
            case Every ev -> every(ev, s, c, k);
        }
    }

    private void callExpr(CallExpr call, Location loc, Scope s, Ctx c, Cont k) {
        String name = call.name();
        List<Term> ops = call.operands();
        if ((name.equals(Operators.EQ) || name.equals(Operators.ASSIGN)) && ops.size() == 2) {
            unify(ops.get(0), ops.get(1), s, c, k);
            return;
        }
        boolean comparison = name.equals(Operators.EQUAL) || name.equals(Operators.NEQ);
        if (comparison && ops.size() == 2 && !c.variant().functions().containsKey(name)) {
            // a == b as a test needs no boolean value: compare in place
            terms.terms(ops, s, c, (v, s2) -> {
                fb.emit(name.equals(Operators.EQUAL) ? new Stmt.EqualStmt(v.get(0), v.get(1))
                        : new Stmt.NotEqualStmt(v.get(0), v.get(1)));
                k.run(s2);
            });
            return;
        }
        int arity = planner.arity(name, c.variant(), loc);
        Builtin builtin = BuiltinCatalog.get(name);
        boolean relation = builtin != null && builtin.relation() && !c.variant().functions().containsKey(name);
        boolean voidResult = builtin != null && builtin.voidResult();
        if (ops.size() == arity + 1 && !voidResult) {
            Term out = ops.get(arity);
            terms.call(call.operator(), ops.subList(0, arity), loc, s, c, (res, s2) -> {
                if (relation) {
                    // a relation gives all its outputs as an array: each one is a solution
                    Local vl = fb.newLocal();
                    BlockBuilder scan = fb.current().scan(terms.local(res), null, vl);
                    fb.in(scan, () -> unifyOperand(out, vl, s2, c, k));
                } else {
                    unifyOperand(out, res, s2, c, k);
                }
            });
        } else if (ops.size() == arity || builtin != null && builtin.variadic()) {
            terms.call(call.operator(), ops, loc, s, c, (res, s2) -> {
                if (!voidResult) {
                    fb.emit(new Stmt.TruthyStmt(res));
                }
                k.run(s2);
            });
        } else {
            throw new PlanningException(loc, name + ": expected " + arity + " arguments, got " + ops.size());
        }
    }

    // ---- unification

    /** True when {@code t} has a variable not bound yet where a value goes (not as a key of a reference). */
    boolean isPattern(Term t, Scope s) {
        return switch (t) {
            case Var v -> !s.isBound(v.name()) && !v.name().equals("input") && !v.name().equals("data");
            case ArrayTerm a -> a.elements().stream().anyMatch(e -> isPattern(e, s));
            case SetTerm st -> st.elements().stream().anyMatch(e -> isPattern(e, s));
            case ObjectTerm o -> o.entries().stream().anyMatch(e -> isPattern(e.key(), s) || isPattern(e.value(), s));
            default -> false;
        };
    }

    void unify(Term a, Term b, Scope s, Ctx c, Cont k) {
        boolean pa = isPattern(a, s);
        boolean pb = isPattern(b, s);
        if (!pa) {
            terms.term(a, s, c, (op, s2) -> unifyOperand(b, op, s2, c, k));
        } else if (!pb) {
            terms.term(b, s, c, (op, s2) -> unifyOperand(a, op, s2, c, k));
        } else if (a instanceof ArrayTerm x && b instanceof ArrayTerm y) {
            if (x.elements().size() != y.elements().size()) {
                fb.emit(new Stmt.BreakStmt(0));
                return;
            }
            List<Term[]> pairs = new ArrayList<>();
            for (int i = 0; i < x.elements().size(); i++) {
                pairs.add(new Term[] {x.elements().get(i), y.elements().get(i)});
            }
            unifyPairs(pairs, s, c, k, a.location());
        } else if (a instanceof ObjectTerm x && b instanceof ObjectTerm y) {
            List<Term[]> pairs = objectPairs(x, y);
            if (pairs == null) {
                fb.emit(new Stmt.BreakStmt(0));
                return;
            }
            unifyPairs(pairs, s, c, k, a.location());
        } else if (a instanceof Var || b instanceof Var) {
            throw new PlanningException(a.location(), "cannot unify " + a + " with " + b + ": both are unbound");
        } else {
            fb.emit(new Stmt.BreakStmt(0)); // e.g. an array pattern against an object pattern never unifies
        }
    }

    private static List<Term[]> objectPairs(ObjectTerm x, ObjectTerm y) {
        if (x.entries().size() != y.entries().size()) {
            return null;
        }
        List<Term[]> pairs = new ArrayList<>();
        for (ObjectTerm.Entry ex : x.entries()) {
            Term match = null;
            for (ObjectTerm.Entry ey : y.entries()) {
                if (ey.key().equals(ex.key())) {
                    match = ey.value();
                }
            }
            if (match == null) {
                return null;
            }
            pairs.add(new Term[] {ex.value(), match});
        }
        return pairs;
    }

    /** Unifies pairs in an order where each pair has a side that can be evaluated when its turn comes. */
    private void unifyPairs(List<Term[]> pairs, Scope s, Ctx c, Cont k, Location loc) {
        if (pairs.isEmpty()) {
            k.run(s);
            return;
        }
        for (int i = 0; i < pairs.size(); i++) {
            Term[] p = pairs.get(i);
            boolean both = isPattern(p[0], s) && isPattern(p[1], s);
            boolean composite = p[0] instanceof ArrayTerm || p[0] instanceof ObjectTerm;
            if (!both || composite && p[1].getClass() == p[0].getClass()) {
                List<Term[]> rest = new ArrayList<>(pairs);
                rest.remove(i);
                unify(p[0], p[1], s, c, s2 -> unifyPairs(rest, s2, c, k, loc));
                return;
            }
        }
        throw new PlanningException(loc, "cannot unify: variables on both sides are unbound");
    }

    /** Unifies term {@code t} with a value already in {@code op}: binds, destructures or compares. */
    void unifyOperand(Term t, Operand op, Scope s, Ctx c, Cont k) {
        switch (t) {
            case Var v when isPattern(v, s) -> k.run(s.bind(v.name(), op));
            case ArrayTerm a when isPattern(a, s) -> {
                fb.emit(new Stmt.IsCollectionStmt(op, Collection.ARRAY, a.elements().size()));
                elements(a.elements(), 0, op, s, c, k);
            }
            case ObjectTerm o when isPattern(o, s) -> {
                fb.emit(new Stmt.IsCollectionStmt(op, Collection.OBJECT, o.entries().size()));
                entries(o.entries(), 0, op, s, c, k);
            }
            case SetTerm st when isPattern(st, s) ->
                    throw new PlanningException(t.location(), "cannot unify a set containing unbound variables");
            default -> terms.term(t, s, c, (top, s2) -> {
                fb.emit(new Stmt.EqualStmt(top, op));
                k.run(s2);
            });
        }
    }

    private void elements(List<Term> es, int i, Operand arr, Scope s, Ctx c, Cont k) {
        if (i == es.size()) {
            k.run(s);
            return;
        }
        Local el = fb.newLocal();
        fb.emit(new Stmt.DotStmt(arr, planner.consts.number(i), el));
        unifyOperand(es.get(i), el, s, c, s2 -> elements(es, i + 1, arr, s2, c, k));
    }

    private void entries(List<ObjectTerm.Entry> es, int i, Operand obj, Scope s, Ctx c, Cont k) {
        if (i == es.size()) {
            k.run(s);
            return;
        }
        ObjectTerm.Entry e = es.get(i);
        if (isPattern(e.key(), s)) {
            throw new PlanningException(e.key().location(), "object keys in patterns must be bound");
        }
        terms.term(e.key(), s, c, (kop, s2) -> {
            Local v = fb.newLocal();
            fb.emit(new Stmt.DotStmt(obj, kop, v));
            unifyOperand(e.value(), v, s2, c, s3 -> entries(es, i + 1, obj, s3, c, k));
        });
    }

    // ---- every

    /**
     * {@code every k, v in domain { body }}: a flag is set when some element makes the body fail (the scan
     * stops there), and the expression holds when the flag stays unset. A domain that is not a collection
     * makes the expression undefined (a scanner must not pass a check vacuously on malformed data).
     */
    private void every(Every ev, Scope s, Ctx c, Cont k) {
        terms.term(ev.domain(), s, c, (dom, s2) -> {
            Local domain = terms.local(dom);
            // a domain that is not a collection makes every undefined, not vacuously true
            fb.emit(new Stmt.IsCollectionStmt(domain, null, -1));
            Local found = fb.newLocal();
            fb.emit(new Stmt.ResetStmt(found));
            BlockBuilder wrap = fb.current().block();
            fb.in(wrap, () -> {
                Local kl = fb.newLocal();
                Local vl = fb.newLocal();
                BlockBuilder scan = fb.current().scan(domain, kl, vl);
                fb.in(scan, () -> {
                    Scope inner = s2.bind(ev.value().name(), vl);
                    if (ev.key() != null) {
                        inner = inner.bind(ev.key().name(), kl);
                    }
                    Scope bodyScope = inner;
                    BlockBuilder not = fb.current().not();
                    fb.in(not, () -> body(ev.body(), bodyScope, c, s3 -> {}));
                    fb.emit(new Stmt.AssignStmt(Const.TRUE, found));
                    fb.emit(new Stmt.BreakStmt(1));
                });
            });
            fb.emit(new Stmt.IsUndefinedStmt(found));
            k.run(s2);
        });
    }

    /** A ref naming {@code name}, for with targets and values that name functions. */
    static Ref ref(String name, Location loc) {
        return Operators.ref(name, loc);
    }
}
