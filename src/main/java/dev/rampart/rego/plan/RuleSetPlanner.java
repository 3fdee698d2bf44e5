package dev.rampart.rego.plan;

import dev.rampart.rego.CompiledRule;
import dev.rampart.rego.Location;
import dev.rampart.rego.RuleKind;
import dev.rampart.rego.RuleSet;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ir.Func;
import dev.rampart.rego.ir.Operand;
import dev.rampart.rego.ir.Operand.Local;
import dev.rampart.rego.ir.Stmt;
import dev.rampart.rego.ir.Stmt.Collection;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans the functions behind documents: a rule set's value (complete, partial set, partial object, ref
 * heads; defaults and {@code else} chains; OPA's conflict errors), a user function, and a document that
 * merges rule sets with base data.
 */
final class RuleSetPlanner {
    private final Planner planner;

    RuleSetPlanner(Planner planner) {
        this.planner = planner;
    }

    /** A fresh function with the parameters every function takes: input, data, then the variant's slots. */
    private static Ctx params(FuncBuilder fb, Variant v) {
        Local input = fb.param();
        Local data = fb.param();
        List<Local> slots = new ArrayList<>();
        for (int i = 0; i < v.slots(); i++) {
            slots.add(fb.param());
        }
        return new Ctx(input, data, v, slots);
    }

    Func ruleSet(String name, RuleSet rs, Variant v) {
        FuncBuilder fb = new FuncBuilder(name, location(rs));
        Ctx c = params(fb, v);
        Local result = fb.newLocal();
        TermPlanner terms = new TermPlanner(planner, fb);
        BodyPlanner body = new BodyPlanner(planner, fb, terms);
        switch (rs.kind()) {
            case COMPLETE -> {
                for (CompiledRule r : rs.rules()) {
                    chain(r, List.of(), "complete rules must not produce multiple outputs: rule " + rs.path()
                            + " produced conflicting values", result, fb, terms, body, c);
                }
                defaultValue(rs, result, fb, terms, c);
            }
            case PARTIAL_SET -> {
                fb.emit(new Stmt.MakeStmt(Collection.SET, result));
                for (CompiledRule r : rs.rules()) {
                    fb.in(fb.current().block(), () -> {
                        int ruleDepth = fb.depth();
                        body.body(r.body(), Scope.EMPTY, c, s -> terms.term(r.key(), s, c, (k, s2) -> {
                            fb.emit(new Stmt.SetAddStmt(k, result));
                            earlyExit(r.key().isGround(), ruleDepth, fb);
                        }));
                    });
                }
            }
            case PARTIAL_OBJECT, REF_HEAD -> {
                fb.emit(new Stmt.MakeStmt(Collection.OBJECT, result));
                for (CompiledRule r : rs.rules()) {
                    fb.in(fb.current().block(), () -> {
                        int ruleDepth = fb.depth();
                        body.body(r.body(), Scope.EMPTY, c, s -> objectEntry(r, rs, result, fb, terms, s, c,
                                ruleDepth));
                    });
                }
            }
            case FUNCTION -> throw new PlanningException(location(rs), rs.path() + " is a function");
        }
        return fb.build(result, v.slots() == 0);
    }

    /** One solution of a rule contributing to an object document: {@code p[k] := v} or {@code p.a[k].b := v}. */
    private void objectEntry(CompiledRule r, RuleSet rs, Local doc, FuncBuilder fb, TermPlanner terms, Scope s,
            Ctx c, int ruleDepth) {
        List<Term> path = r.ref().terms().subList(rs.path().size(), r.ref().size());
        boolean setMember = r.key() != null;
        Term leaf = setMember ? r.key() : r.value();
        List<Term> all = new ArrayList<>(path);
        all.add(leaf);
        int site = planner.sites.of(r.location(), SitePool.OBJECT_CONFLICT);
        terms.terms(all, s, c, (ops, s2) -> {
            List<Operand> keys = ops.subList(0, path.size());
            Operand value = ops.get(path.size());
            if (r.kind() == RuleKind.PARTIAL_OBJECT && keys.size() == 1) {
                fb.emit(new Stmt.ObjectInsertStmt(keys.get(0), value, doc, site));
            } else {
                fb.emit(new Stmt.DocInsertStmt(doc, keys, value, setMember, site));
            }
            earlyExit(all.stream().allMatch(Term::isGround), ruleDepth, fb);
        });
    }

    Func function(String name, RuleSet rs, Variant v) {
        FuncBuilder fb = new FuncBuilder(name, location(rs));
        Ctx c = params(fb, v);
        CompiledRule first = rs.rules().isEmpty() ? rs.defaultRule() : rs.rules().get(0);
        List<Local> args = new ArrayList<>();
        for (int i = 0; i < first.args().size(); i++) {
            args.add(fb.param());
        }
        Local result = fb.newLocal();
        TermPlanner terms = new TermPlanner(planner, fb);
        BodyPlanner body = new BodyPlanner(planner, fb, terms);
        for (CompiledRule r : rs.rules()) {
            chain(r, args, "functions must not produce multiple outputs for same inputs: function " + rs.path()
                    + " produced conflicting values for the same inputs", result, fb, terms, body, c);
        }
        defaultValue(rs, result, fb, terms, c);
        return fb.build(result, false);
    }

    /**
     * A rule and its {@code else} branches: the first branch with a solution gives the value (all its
     * solutions must agree), and the chain's value must agree with the other rules' values.
     */
    private void chain(CompiledRule r, List<Local> args, String conflict, Local result, FuncBuilder fb,
            TermPlanner terms, BodyPlanner body, Ctx c) {
        Local chainValue = fb.newLocal();
        fb.emit(new Stmt.ResetStmt(chainValue));
        for (CompiledRule branch = r; branch != null; branch = branch.elseRule()) {
            CompiledRule b = branch;
            boolean first = b == r;
            int site = planner.sites.of(b.location(), conflict);
            List<Term> params = b.args().isEmpty() ? r.args() : b.args();
            fb.in(fb.current().block(), () -> {
                if (!first) {
                    fb.emit(new Stmt.IsUndefinedStmt(chainValue));
                }
                int branchDepth = fb.depth();
                arguments(params, args, 0, Scope.EMPTY, c, body, s -> body.body(b.body(), s, c,
                        s2 -> terms.term(b.value(), s2, c, (val, s3) -> {
                            fb.emit(new Stmt.AssignOnceStmt(val, chainValue, site));
                            earlyExit(b.value().isGround(), branchDepth, fb);
                        })));
            });
        }
        int site = planner.sites.of(r.location(), conflict);
        fb.in(fb.current().block(), () -> fb.emit(new Stmt.AssignOnceStmt(chainValue, result, site)));
    }

    /**
     * OPA's early exit: when what a rule contributes is constant, its first solution is all it can give, so
     * the rest of its iteration is skipped (which also spares errors a later solution would raise).
     */
    private static void earlyExit(boolean constant, int ruleDepth, FuncBuilder fb) {
        if (constant) {
            fb.emit(new Stmt.BreakStmt(fb.depth() - ruleDepth));
        }
    }

    /** Unifies a function definition's parameter terms with the arguments passed. */
    private void arguments(List<Term> params, List<Local> args, int i, Scope s, Ctx c, BodyPlanner body,
            BodyPlanner.Cont k) {
        if (i == params.size()) {
            k.run(s);
            return;
        }
        body.unifyOperand(params.get(i), args.get(i), s, c, s2 -> arguments(params, args, i + 1, s2, c, body, k));
    }

    private void defaultValue(RuleSet rs, Local result, FuncBuilder fb, TermPlanner terms, Ctx c) {
        CompiledRule d = rs.defaultRule();
        if (d == null) {
            return;
        }
        BodyPlanner body = new BodyPlanner(planner, fb, terms);
        fb.in(fb.current().block(), () -> {
            fb.emit(new Stmt.IsUndefinedStmt(result));
            // the compiler may have moved parts of the default value into generated body expressions
            body.body(d.body(), Scope.EMPTY, c, s -> terms.term(d.value(), s, c,
                    (v, s2) -> fb.emit(new Stmt.AssignStmt(v, result))));
        });
    }

    /**
     * The document at a node that holds more than one rule set, or rule sets and base data: its own rules'
     * value, its children's documents and the base data there, merged.
     */
    Func document(String name, RuleTree.Node node, Variant v) {
        FuncBuilder fb = new FuncBuilder(name, Location.NONE);
        Ctx c = params(fb, v);
        Local result = fb.newLocal();
        TermPlanner terms = new TermPlanner(planner, fb);
        new BodyPlanner(planner, fb, terms);
        Local own = fb.newLocal();
        if (node.hasDocumentRules()) {
            fb.in(fb.current().block(), () -> {
                Local call = fb.newLocal();
                fb.emit(new Stmt.CallStmt(planner.ruleSetFunc(node, v), c.baseArgs(), call));
                fb.emit(new Stmt.AssignStmt(call, own));
            });
        }
        Local children = fb.newLocal();
        fb.emit(new Stmt.MakeStmt(Collection.OBJECT, children));
        node.children.forEach((key, child) -> {
            if (child.documentsBelow) {
                fb.in(fb.current().block(), () -> fb.emit(new Stmt.ObjectInsertStmt(planner.consts.of(key),
                        terms.documentValue(child, c), children, -1)));
            }
        });
        Local base = fb.newLocal();
        fb.in(fb.current().block(), () -> fb.emit(new Stmt.AssignStmt(terms.baseData(node, c), base)));
        Local virtual = fb.newLocal();
        fb.emit(new Stmt.MergeStmt(own, children, virtual));
        fb.emit(new Stmt.MergeStmt(base, virtual, result));
        return fb.build(result, v.slots() == 0);
    }

    private static Location location(RuleSet rs) {
        CompiledRule r = rs.rules().isEmpty() ? rs.defaultRule() : rs.rules().get(0);
        return r == null ? Location.NONE : r.location();
    }
}
