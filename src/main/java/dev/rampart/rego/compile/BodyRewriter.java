package dev.rampart.rego.compile;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.Location;
import dev.rampart.rego.RegoError;
import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.Every;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Operators;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.SomeDecl;
import dev.rampart.rego.ast.SomeIn;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.TermExpr;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ast.With;
import dev.rampart.rego.ast.Terms;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Renames local variables in one body and its nested scopes (see {@link LocalVars}). */
final class BodyRewriter {

    private final CompileContext ctx;
    private final LocalScopes stack;
    private final List<RegoError> errors;

    BodyRewriter(CompileContext ctx, LocalScopes stack, List<RegoError> errors) {
        this.ctx = ctx;
        this.stack = stack;
        this.errors = errors;
    }

    private void error(Location at, String message) {
        errors.add(new RegoError(ErrorCode.COMPILE, message, at));
    }

    List<Expr> body(List<Expr> body, Set<String> used) {
        int errorsBefore = errors.size();
        List<Expr> out = new ArrayList<>(body.size());
        for (Expr e : body) {
            Expr r;
            if (e.isAssignment()) {
                r = assignment(e);
            } else if (e.form() instanceof SomeDecl s) {
                for (Var v : s.vars()) {
                    declare(v.name(), LocalScopes.Occurrence.DECLARED, e.location());
                }
                r = null;
            } else if (e.form() instanceof SomeIn s) {
                r = someIn(e, s);
            } else if (e.form() instanceof Every ev) {
                r = every(e, ev);
            } else {
                r = plain(e);
            }
            if (r != null) {
                out.add(r);
            }
        }
        if (out.isEmpty()) {
            Location at = body.isEmpty() ? Location.NONE : body.get(0).location();
            out.add(Expr.of(new TermExpr(new dev.rampart.rego.ast.BooleanTerm(true, at)), at));
        }
        if (errors.size() == errorsBefore) {
            checkUnusedDeclared(body, out, used);
        }
        return out;
    }

    /** Declares {@code name} in the current scope under a fresh name; null (and an error) when it already occurred. */
    private String declare(String name, LocalScopes.Occurrence occ, Location at) {
        LocalScopes.Occurrence prev = stack.occurrence(name);
        if (prev != null) {
            error(at, switch (prev) {
                case SEEN -> "var " + name + " referenced above";
                case ASSIGNED -> "var " + name + " assigned above";
                case DECLARED -> "var " + name + " declared above";
                case ARG -> "arg " + name + " redeclared";
            });
            return null;
        }
        String gv = ctx.freshVar(at).name();
        stack.insert(name, gv, occ);
        return gv;
    }

    private Expr assignment(Expr e) {
        if (e.negated()) {
            error(e.location(), "cannot assign vars inside negated expression");
            return e;
        }
        CallExpr c = (CallExpr) e.form();
        int errorsBefore = errors.size();
        Term rhs = term(c.operands().get(1));
        List<With> with = withs(e.with());
        Term lhs = assignee(c.operands().get(0));
        if (errors.size() != errorsBefore) {
            return e;
        }
        Ref eq = Operators.ref(Operators.EQ, c.operator().location());
        return new Expr(new CallExpr(eq, List.of(lhs, rhs)), false, with, e.location(), e.generated());
    }

    private Term assignee(Term t) {
        switch (t) {
            case Var v -> {
                String gv = declare(v.name(), LocalScopes.Occurrence.ASSIGNED, v.location());
                return gv == null ? v : new Var(gv, v.location());
            }
            case ArrayTerm a -> {
                List<Term> es = new ArrayList<>();
                for (Term x : a.elements()) {
                    es.add(assignee(x));
                }
                return new ArrayTerm(es, a.location());
            }
            case ObjectTerm o -> {
                List<ObjectTerm.Entry> es = new ArrayList<>();
                for (ObjectTerm.Entry en : o.entries()) {
                    es.add(new ObjectTerm.Entry(en.key(), assignee(en.value())));
                }
                return new ObjectTerm(es, o.location());
            }
            case Ref r when r.size() == 1 && ResolveRefs.isRootDocument(r.headName()) -> {
                String gv = declare(r.headName(), LocalScopes.Occurrence.ASSIGNED, r.location());
                return gv == null ? r : new Var(gv, r.location());
            }
            default -> {
                error(t.location(), "cannot assign to " + Terms.typeName(t));
                return t;
            }
        }
    }

    private Expr someIn(Expr e, SomeIn s) {
        Term key = s.key() != null ? s.key() : ctx.freshVar(e.location());
        Term container = s.collection();
        Ref rhs = container instanceof Ref r ? r.append(List.of(key)) : new Ref(List.of(container, key),
                container.location());
        Term value = s.value();
        OutputVars ov = new OutputVars(ref -> -1);
        Set<String> outs = new TreeSet<>(ov.ofEquality(value, rhs, VarVisitor.ALL.vars(container)));
        for (String v : outs) {
            declare(v, LocalScopes.Occurrence.DECLARED, e.location());
        }
        Ref eq = Operators.ref(Operators.EQ, e.location());
        Expr expr = new Expr(new CallExpr(eq, List.of(value, rhs)), false, e.with(), e.location(), e.generated());
        return plain(expr);
    }

    private Expr every(Expr e, Every ev) {
        Term domain = term(ev.domain());
        stack.push();
        Var key = ev.key();
        if (key == null) {
            key = ctx.freshVar(e.location());
        } else if (!key.isWildcard()) {
            String gv = declare(key.name(), LocalScopes.Occurrence.DECLARED, e.location());
            key = gv == null ? key : new Var(gv, key.location());
        }
        Var value = ev.value();
        if (!value.isWildcard()) {
            String gv = declare(value.name(), LocalScopes.Occurrence.DECLARED, e.location());
            value = gv == null ? value : new Var(gv, value.location());
        }
        List<Expr> body = body(ev.body(), Set.of());
        stack.pop();
        return new Expr(new Every(key, value, domain, body), e.negated(), withs(e.with()), e.location(),
                e.generated());
    }

    private Expr plain(Expr e) {
        var form = switch (e.form()) {
            case TermExpr t -> new TermExpr(term(t.term()));
            case CallExpr c -> {
                checkOperator(c.operator(), c.operator().location());
                List<Term> ops = new ArrayList<>();
                for (Term t : c.operands()) {
                    ops.add(term(t));
                }
                yield new CallExpr(c.operator(), ops);
            }
            default -> e.form();
        };
        return new Expr(form, e.negated(), withs(e.with()), e.location(), e.generated());
    }

    private List<With> withs(List<With> with) {
        List<With> out = new ArrayList<>(with.size());
        String shadowedInput = stack.declared("input");
        for (With w : with) {
            Term target = term(w.target());
            if (shadowedInput != null && !shadowedInput.equals("input")) {
                if (target instanceof Var v && v.name().equals(shadowedInput)) {
                    target = new Ref(List.of(new Var("input", v.location())), v.location());
                } else if (target instanceof Ref r && r.head() instanceof Var h && h.name().equals(shadowedInput)) {
                    List<Term> ts = new ArrayList<>(r.terms());
                    ts.set(0, new Var("input", h.location()));
                    target = new Ref(ts, r.location());
                }
            }
            out.add(new With(target, term(w.value()), w.location()));
        }
        return out;
    }

    /** A call's operator is never renamed; calling a name that a local variable shadows is an error. */
    private void checkOperator(Ref op, Location at) {
        for (String v : VarVisitor.ALL.vars(op)) {
            String d = stack.declared(v);
            if (d != null && !d.equals(v)) {
                error(at, "called function " + op + " shadowed");
                return;
            }
            if (d == null && stack.occurrence(v) == null) {
                stack.insert(v, v, LocalScopes.Occurrence.SEEN);
            }
        }
    }

    Term term(Term t) {
        switch (t) {
            case Var v -> {
                String d = stack.declared(v.name());
                if (d != null) {
                    return d.equals(v.name()) ? v : new Var(d, v.location());
                }
                if (stack.occurrence(v.name()) == null) {
                    stack.insert(v.name(), v.name(), LocalScopes.Occurrence.SEEN);
                }
                return v;
            }
            case Ref r -> {
                if (r.size() == 1 && ResolveRefs.isRootDocument(r.headName())) {
                    LocalScopes.Occurrence occ = stack.globalOccurrence(r.headName());
                    if (occ != null && occ != LocalScopes.Occurrence.SEEN) {
                        return new Var(stack.declared(r.headName()), r.location());
                    }
                    return r;
                }
                List<Term> ts = new ArrayList<>(r.size());
                for (Term x : r.terms()) {
                    ts.add(term(x));
                }
                return new Ref(ts, r.location());
            }
            case Call c -> {
                checkOperator(c.operator(), c.location());
                List<Term> args = new ArrayList<>();
                for (Term a : c.args()) {
                    args.add(term(a));
                }
                return new Call(c.operator(), args, c.location());
            }
            case ArrayTerm a -> {
                List<Term> es = new ArrayList<>();
                for (Term x : a.elements()) {
                    es.add(term(x));
                }
                return new ArrayTerm(es, a.location());
            }
            case SetTerm s -> {
                List<Term> es = new ArrayList<>();
                for (Term x : s.elements()) {
                    es.add(term(x));
                }
                return new SetTerm(es, s.location());
            }
            case ObjectTerm o -> {
                List<ObjectTerm.Entry> es = new ArrayList<>();
                for (ObjectTerm.Entry en : o.entries()) {
                    es.add(new ObjectTerm.Entry(term(en.key()), term(en.value())));
                }
                return new ObjectTerm(es, o.location());
            }
            case ArrayComprehension c -> {
                stack.push();
                try {
                    List<Expr> body = body(c.body(), VarVisitor.ALL.vars(c.term()));
                    return new ArrayComprehension(term(c.term()), body, c.location());
                } finally {
                    stack.pop();
                }
            }
            case SetComprehension c -> {
                stack.push();
                try {
                    List<Expr> body = body(c.body(), VarVisitor.ALL.vars(c.term()));
                    return new SetComprehension(term(c.term()), body, c.location());
                } finally {
                    stack.pop();
                }
            }
            case ObjectComprehension c -> {
                stack.push();
                try {
                    Set<String> used = VarVisitor.ALL.vars(c.key());
                    used.addAll(VarVisitor.ALL.vars(c.value()));
                    List<Expr> body = body(c.body(), used);
                    return new ObjectComprehension(term(c.key()), term(c.value()), body, c.location());
                } finally {
                    stack.pop();
                }
            }
            default -> {
                return t;
            }
        }
    }

    /** OPA reports variables declared with {@code some} (or by {@code every}) that the body never uses. */
    private void checkUnusedDeclared(List<Expr> original, List<Expr> rewritten, Set<String> used) {
        LocalScopes.Scope top = stack.top();
        Set<String> declared = new LinkedHashSet<>();
        for (var en : top.occurrence.entrySet()) {
            if (en.getValue() == LocalScopes.Occurrence.DECLARED) {
                declared.add(top.renamed.get(en.getKey()));
            }
        }
        if (declared.isEmpty()) {
            return;
        }
        Set<String> bodyVars = VarVisitor.ALL.vars(rewritten);
        for (String u : used) {
            String d = stack.declared(u);
            bodyVars.add(d != null ? d : u);
        }
        for (String gv : new TreeSet<>(declared)) {
            if (bodyVars.contains(gv)) {
                continue;
            }
            String name = stack.rewritten.getOrDefault(gv, gv);
            if (new Var(name, null).isGenerated()) {
                continue;
            }
            Location at = original.isEmpty() ? Location.NONE : original.get(0).location();
            for (Expr e : original) {
                if (DeclaredVars.of(List.of(e)).contains(name)) {
                    at = e.location();
                    break;
                }
            }
            error(at, "declared var " + name + " unused");
        }
    }
}
