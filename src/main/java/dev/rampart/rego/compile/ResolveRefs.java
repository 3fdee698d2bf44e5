package dev.rampart.rego.compile;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.Every;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.ExprForm;
import dev.rampart.rego.ast.Head;
import dev.rampart.rego.ast.Import;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Terms;
import dev.rampart.rego.ast.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage "ResolveRefs": rewrites names of imports and of rules of the same package to full refs
 * ({@code lib.f} with {@code import data.lib} becomes {@code data.lib.f}; a rule {@code q} of package
 * {@code a} becomes {@code data.a.q}). Variables declared locally, and function arguments, shadow them.
 */
final class ResolveRefs {

    private ResolveRefs() {}

    static void run(CompileContext ctx) {
        Map<String, List<Var>> exports = exports(ctx.modules());
        List<Module> out = new ArrayList<>();
        for (Module m : ctx.modules()) {
            Map<String, Ref> globals = globals(m, exports.getOrDefault(m.pkg().path().toString(), List.of()));
            List<Rule> rules = new ArrayList<>();
            for (Rule r : m.rules()) {
                rules.add(resolveRule(ctx, globals, r));
            }
            out.add(m.withRules(rules));
        }
        ctx.setModules(out);
    }

    /**
     * The first name of every rule, by package: a package's rules are visible by name in each of its modules,
     * whichever file defines them (OPA's exports), so {@code p_test.rego} can test {@code allow} of
     * {@code p.rego}.
     */
    private static Map<String, List<Var>> exports(List<Module> modules) {
        Map<String, List<Var>> exports = new HashMap<>();
        for (Module m : modules) {
            List<Var> names = exports.computeIfAbsent(m.pkg().path().toString(), k -> new ArrayList<>());
            for (Rule r : m.rules()) {
                if (r.head().ref().head() instanceof Var v) {
                    names.add(v);
                }
            }
        }
        return exports;
    }

    /** The package's rules first, then the module's imports, which win (as in OPA). */
    private static Map<String, Ref> globals(Module m, List<Var> packageRules) {
        Map<String, Ref> g = new HashMap<>();
        for (Var v : packageRules) {
            g.put(v.name(), m.pkg().path().append(List.of(new StringTerm(v.name(), v.location()))));
        }
        for (Import imp : m.imports()) {
            if (!imp.isLanguageImport()) {
                g.put(imp.name(), imp.path());
            }
        }
        return g;
    }

    private static Rule resolveRule(CompileContext ctx, Map<String, Ref> globals, Rule r) {
        Set<String> argVars = new HashSet<>();
        for (Term a : r.head().args()) {
            if (a instanceof Ref ref && ref.size() == 1 && isRootDocument(ref.headName())) {
                ctx.error(ErrorCode.COMPILE, r.location(),
                        "args must not shadow " + ref + " (use a different variable name)");
            }
            collectArgVars(a, argVars);
        }
        Resolver res = new Resolver(globals);
        res.ignore.push(argVars);
        res.ignore.push(DeclaredVars.of(r.body()));
        Head h = r.head();
        List<Term> ref = new ArrayList<>(h.ref().terms());
        for (int i = 1; i < ref.size(); i++) {
            ref.set(i, res.term(ref.get(i)));
        }
        Head nh = new Head(new Ref(ref, h.ref().location()), h.args(), h.key() == null ? null : res.term(h.key()),
                h.value() == null ? null : res.term(h.value()), h.assign(), h.usesIf(), h.usesContains(),
                h.generatedValue(), h.location());
        List<Expr> body = res.body(r.body());
        Rule e = r.elseRule() == null ? null : resolveRule(ctx, globals, r.elseRule());
        return new Rule(nh, body, e, r.isDefault(), r.location(), r.generatedBody());
    }

    static boolean isRootDocument(String name) {
        return "data".equals(name) || "input".equals(name);
    }

    /** Variables of an argument that can be pattern matched (object values, arrays, refs). */
    private static void collectArgVars(Term t, Set<String> out) {
        switch (t) {
            case Var v -> out.add(v.name());
            case ArrayTerm a -> a.elements().forEach(x -> collectArgVars(x, out));
            case ObjectTerm o -> o.entries().forEach(e -> collectArgVars(e.value(), out));
            case Ref r -> r.terms().forEach(x -> collectArgVars(x, out));
            default -> { }
        }
    }

    /** Resolves names in bodies and terms, tracking which names are shadowed by local declarations. */
    static final class Resolver extends AstRewriter {
        private final Map<String, Ref> globals;
        final Deque<Set<String>> ignore = new ArrayDeque<>();

        Resolver(Map<String, Ref> globals) {
            this.globals = globals;
        }

        private boolean ignored(String name) {
            for (Set<String> s : ignore) {
                if (s.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        private Ref global(Var v) {
            Ref g = globals.get(v.name());
            if (g == null || ignored(v.name())) {
                return null;
            }
            List<Term> terms = new ArrayList<>(g.size());
            for (Term t : g.terms()) {
                terms.add(relocate(t, v));
            }
            return new Ref(terms, v.location());
        }

        private static Term relocate(Term t, Var at) {
            return switch (t) {
                case Var v -> new Var(v.name(), at.location());
                case StringTerm s -> new StringTerm(s.value(), at.location());
                default -> t;
            };
        }

        @Override
        ExprForm form(ExprForm f) {
            if (f instanceof Every ev) {
                Set<String> locals = new HashSet<>();
                if (ev.key() != null) {
                    locals.add(ev.key().name());
                }
                locals.add(ev.value().name());
                ignore.push(locals);
                try {
                    return new Every(ev.key(), ev.value(), term(ev.domain()), body(ev.body()));
                } finally {
                    ignore.pop();
                }
            }
            return super.form(f);
        }

        /**
         * Operators written infix ({@code x * y} is {@code mul(x, y)}) always mean the built-in, even when the
         * package has a rule of that name; other call names resolve like any name.
         */
        @Override
        Term operator(Ref op) {
            if (op.size() == 1 && Terms.infix(op.headName()) != null) {
                return op;
            }
            if ("internal".equals(op.headName())) {
                return op;
            }
            return term(op);
        }

        @Override
        Term term(Term t) {
            switch (t) {
                case Var v -> {
                    Ref g = global(v);
                    return g != null ? g : v;
                }
                case Ref r -> {
                    List<Term> out = new ArrayList<>(r.size());
                    for (int i = 0; i < r.size(); i++) {
                        Term x = r.get(i);
                        if (x instanceof Var v) {
                            Ref g = global(v);
                            if (g == null) {
                                out.add(x);
                            } else if (i == 0) {
                                out.addAll(g.terms());
                            } else {
                                out.add(g);
                            }
                        } else {
                            out.add(term(x));
                        }
                    }
                    return new Ref(out, r.location());
                }
                case ArrayComprehension c -> {
                    ignore.push(DeclaredVars.of(c.body()));
                    try {
                        return super.term(c);
                    } finally {
                        ignore.pop();
                    }
                }
                case SetComprehension c -> {
                    ignore.push(DeclaredVars.of(c.body()));
                    try {
                        return super.term(c);
                    } finally {
                        ignore.pop();
                    }
                }
                case ObjectComprehension c -> {
                    ignore.push(DeclaredVars.of(c.body()));
                    try {
                        return super.term(c);
                    } finally {
                        ignore.pop();
                    }
                }
                default -> {
                    return super.term(t);
                }
            }
        }
    }
}
