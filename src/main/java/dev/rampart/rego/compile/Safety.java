package dev.rampart.rego.compile;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Expr;
import dev.rampart.rego.ast.Head;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.RegoVersion;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.Var;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stages "CheckSafetyRuleHeads" and "CheckSafetyRuleBodies": every variable must be bound before it is
 * used where a value is needed (negation, call inputs, comparisons, heads). Bodies are reordered so that
 * bindings come first; what cannot be bound is reported as {@code var x is unsafe}.
 */
final class Safety {

    /** Variables always bound. */
    static final Set<String> RESERVED = Set.of("data", "input");

    private Safety() {}

    static void heads(CompileContext ctx) {
        for (Module m : ctx.modules()) {
            for (Rule rule : m.rules()) {
                for (Rule r = rule; r != null; r = r.elseRule()) {
                    head(ctx, r);
                }
            }
        }
    }

    private static void head(CompileContext ctx, Rule r) {
        Head h = r.head();
        if (!LocalVars.headMayHaveVars(h)) {
            return;
        }
        Set<String> bound = VarVisitor.SAFETY.vars(r.body());
        bound.addAll(VarVisitor.ALL.varsOfTerms(h.args()));
        Set<String> headVars = new LinkedHashSet<>(VarVisitor.ALL.varsOfTerms(h.args()));
        if (h.key() != null) {
            headVars.addAll(VarVisitor.ALL.vars(h.key()));
        }
        if (h.value() != null) {
            headVars.addAll(VarVisitor.ALL.vars(h.value()));
        }
        for (int i = 1; i < h.ref().size(); i++) {
            headVars.addAll(VarVisitor.ALL.vars(h.ref().get(i)));
        }
        for (String v : headVars) {
            if (!bound.contains(v)) {
                String name = ctx.originalName(v);
                if (!new Var(name, null).isGenerated()) {
                    ctx.error(ErrorCode.UNSAFE_VAR, r.location(), "var " + name + " is unsafe");
                }
            }
        }
    }

    static void bodies(CompileContext ctx) {
        List<Module> out = new ArrayList<>();
        for (Module m : ctx.modules()) {
            List<Rule> rules = new ArrayList<>();
            for (Rule r : m.rules()) {
                rules.add(body(ctx, m.version(), r));
            }
            out.add(m.withRules(rules));
        }
        ctx.setModules(out);
    }

    private static Rule body(CompileContext ctx, RegoVersion version, Rule r) {
        Set<String> globals = new HashSet<>(RESERVED);
        globals.addAll(VarVisitor.ALL.varsOfTerms(r.head().args()));
        List<Expr> body = check(ctx, version, r.body(), globals);
        Rule e = r.elseRule() == null ? null : body(ctx, version, r.elseRule());
        return new Rule(r.head(), body, e, r.isDefault(), r.location(), r.generatedBody());
    }

    /** The body reordered for safety; on failure the errors are reported and the body returned unchanged. */
    static List<Expr> check(CompileContext ctx, RegoVersion version, List<Expr> body, Set<String> globals) {
        SafetyReorder reorder = new SafetyReorder(new OutputVars(ref -> ctx.arity(ref, version)));
        List<Expr> r = reorder.reorder(body, globals);
        if (r != null) {
            return r;
        }
        report(ctx, reorder.unsafe());
        return body;
    }

    /** OPA's reporting: each unsafe variable once, at the first expression using it; generated ones as expressions. */
    private static void report(CompileContext ctx, Map<Expr, Set<String>> unsafe) {
        Map<String, Location> first = new HashMap<>();
        for (var en : unsafe.entrySet()) {
            for (String v : en.getValue()) {
                Location at = en.getKey().location();
                first.merge(v, at, (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        record Found(String name, Location at) {}
        List<Found> named = new ArrayList<>();
        for (var en : first.entrySet()) {
            String name = ctx.originalName(en.getKey());
            if (!new Var(name, null).isGenerated()) {
                named.add(new Found(name, en.getValue()));
            }
        }
        if (!named.isEmpty()) {
            named.sort((a, b) -> {
                int c = a.at().compareTo(b.at());
                return c != 0 ? c : a.name().compareTo(b.name());
            });
            for (Found f : named) {
                String hint = dev.rampart.rego.parse.Keywords.isFutureKeyword(f.name())
                        ? " (hint: `import future.keywords." + f.name() + "` to import a future keyword)" : "";
                ctx.error(ErrorCode.UNSAFE_VAR, f.at(), "var " + f.name() + " is unsafe" + hint);
            }
            return;
        }
        List<Map.Entry<Expr, Set<String>>> exprs = new ArrayList<>(unsafe.entrySet());
        exprs.sort((a, b) -> a.getKey().location().compareTo(b.getKey().location()));
        Set<String> seen = new HashSet<>();
        for (var en : exprs) {
            boolean added = false;
            for (String v : en.getValue()) {
                if (new Var(v, null).isGenerated() && seen.add(v)) {
                    added = true;
                }
            }
            if (added) {
                ctx.error(ErrorCode.UNSAFE_VAR, en.getKey().location(), "expression is unsafe");
            }
        }
    }
}
