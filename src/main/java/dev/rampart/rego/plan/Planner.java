package dev.rampart.rego.plan;

import dev.rampart.rego.Builtin;
import dev.rampart.rego.BuiltinCatalog;
import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.CompiledQuery;
import dev.rampart.rego.CompiledRule;
import dev.rampart.rego.DeepStack;
import dev.rampart.rego.Location;
import dev.rampart.rego.RuleSet;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ir.Func;
import dev.rampart.rego.ir.Operand.Local;
import dev.rampart.rego.ir.Plan;
import dev.rampart.rego.ir.Stmt;
import dev.rampart.rego.ir.Stmt.Collection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lowers a compiled policy and its entrypoints to a {@link Plan}. Each rule set becomes a function of
 * {@code input} and {@code data} (functions take their arguments after those), planned when first reached;
 * documents that merge several rule sets with base data get a function of their own.
 */
public final class Planner {

    /** What a plan can be asked for. */
    public sealed interface Target {
        String name();

        /** The value of {@code data.…} at {@code path} (a ground ref starting at {@code data}). */
        record Document(String name, Ref path) implements Target {}

        /** The solutions of a query: an array of objects binding the query's variables. */
        record Query(String name, CompiledQuery query) implements Target {}
    }

    final CompiledPolicy policy;
    final RuleTree tree;
    final ConstantPool consts = new ConstantPool();
    final SitePool sites = new SitePool();
    private final Map<String, Func> funcs = new LinkedHashMap<>();
    private final Set<String> planning = new HashSet<>();
    private final RuleSetPlanner ruleSets = new RuleSetPlanner(this);

    private Planner(CompiledPolicy policy) {
        this.policy = policy;
        this.tree = RuleTree.of(policy, new Ref(List.of(new Var("data", Location.NONE)), Location.NONE));
    }

    /** Plans the targets. */
    public static Plan plan(CompiledPolicy policy, List<Target> targets) {
        return DeepStack.call(() -> new Planner(policy).planTargets(targets));
    }

    private Plan planTargets(List<Target> targets) {
        List<Plan.Entry> entries = new ArrayList<>();
        for (Target t : targets) {
            String func = switch (t) {
                case Target.Document d -> documentEntry(d);
                case Target.Query q -> queryEntry(q);
            };
            entries.add(new Plan.Entry(t.name(), func));
        }
        return new Plan(new ArrayList<>(funcs.values()), entries, consts.terms(), sites.sites(), rulePaths());
    }

    /** Every rule set's path under {@code data} whose keys are all strings, as OPA's data conflict check takes them. */
    private List<Plan.RulePath> rulePaths() {
        List<Plan.RulePath> paths = new ArrayList<>();
        next:
        for (RuleSet rs : policy.ruleSets()) {
            List<String> keys = new ArrayList<>();
            for (Term t : rs.path().terms().subList(1, rs.path().size())) {
                if (!(t instanceof StringTerm s)) {
                    continue next;
                }
                keys.add(s.value());
            }
            CompiledRule first = rs.rules().isEmpty() ? rs.defaultRule() : rs.rules().getFirst();
            paths.add(new Plan.RulePath(keys, first == null ? Location.NONE : first.location()));
        }
        return paths;
    }

    private String documentEntry(Target.Document d) {
        String name = "entry:" + d.name();
        FuncBuilder fb = new FuncBuilder(name, Location.NONE);
        Ctx c = new Ctx(fb.param(), fb.param(), Variant.NONE, List.of());
        Local result = fb.newLocal();
        TermPlanner terms = new TermPlanner(this, fb);
        new BodyPlanner(this, fb, terms);
        terms.ref(d.path(), Scope.EMPTY, c, (op, s) -> fb.emit(new Stmt.AssignStmt(op, result)));
        add(fb.build(result, false));
        return name;
    }

    private String queryEntry(Target.Query q) {
        String name = "query:" + q.name();
        FuncBuilder fb = new FuncBuilder(name, Location.NONE);
        Ctx c = new Ctx(fb.param(), fb.param(), Variant.NONE, List.of());
        Local result = fb.newLocal();
        fb.emit(new Stmt.MakeStmt(Collection.ARRAY, result));
        TermPlanner terms = new TermPlanner(this, fb);
        BodyPlanner body = new BodyPlanner(this, fb, terms);
        BlockBuilder block = fb.current().block();
        fb.in(block, () -> body.body(q.query().body(), Scope.EMPTY, c, s -> {
            Local row = fb.newLocal();
            fb.emit(new Stmt.MakeStmt(Collection.OBJECT, row));
            for (CompiledQuery.QueryVar v : q.query().vars()) {
                var op = s.lookup(v.compiledName());
                if (op != null) {
                    fb.emit(new Stmt.ObjectInsertStmt(consts.string(v.name()), op, row, -1));
                }
            }
            fb.emit(new Stmt.ArrayAppendStmt(row, result));
        }));
        add(fb.build(result, false));
        return name;
    }

    // ---- functions, planned on first use

    /** The function computing the rule set at {@code node} in a variant. */
    String ruleSetFunc(RuleTree.Node node, Variant v) {
        String name = node.path + v.key();
        ensure(name, () -> ruleSets.ruleSet(name, node.rules, v));
        return name;
    }

    /** The function computing the user function at {@code node} in a variant. */
    String functionFunc(RuleTree.Node node, Variant v) {
        String name = node.path + v.key();
        ensure(name, () -> ruleSets.function(name, node.rules, v));
        return name;
    }

    /** The function computing the document at {@code node}: its rules, its children's and base data merged. */
    String documentFunc(RuleTree.Node node, Variant v) {
        String name = "doc:" + node.path + v.key();
        ensure(name, () -> ruleSets.document(name, node, v));
        return name;
    }

    private void ensure(String name, java.util.function.Supplier<Func> plan) {
        if (funcs.containsKey(name)) {
            return;
        }
        if (!planning.add(name)) {
            throw new PlanningException(Location.NONE, "recursion through " + name);
        }
        try {
            add(plan.get());
        } finally {
            planning.remove(name);
        }
    }

    private void add(Func f) {
        funcs.put(f.name(), f);
    }

    /** The rule tree node of the user function called {@code name} ({@code data.pkg.f}), or null. */
    RuleTree.Node functionNode(String name) {
        if (functions == null) {
            functions = new java.util.HashMap<>();
            collectFunctions(tree.root, functions);
        }
        return functions.get(name);
    }

    private Map<String, RuleTree.Node> functions;

    private static void collectFunctions(RuleTree.Node n, Map<String, RuleTree.Node> out) {
        if (n.isFunction()) {
            out.put(n.path.toString(), n);
        }
        n.children.values().forEach(c -> collectFunctions(c, out));
    }

    /** The number of arguments {@code name} takes (a user function, a built-in, or what replaces it). */
    int arity(String name, Variant v, Location loc) {
        RuleTree.Node fn = functionNode(name);
        if (fn != null) {
            return (fn.rules.rules().isEmpty() ? fn.rules.defaultRule() : fn.rules.rules().get(0)).args().size();
        }
        Builtin b = BuiltinCatalog.get(name);
        if (b != null) {
            return b.arity();
        }
        Mock m = v.functions().get(name);
        if (m instanceof Mock.Function f && !f.name().equals(name)) {
            return arity(f.name(), v, loc);
        }
        throw new PlanningException(loc, "undefined function " + name);
    }
}
