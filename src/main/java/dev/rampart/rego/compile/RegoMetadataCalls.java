package dev.rampart.rego.compile;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.CallExpr;
import dev.rampart.rego.ast.ExprForm;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.NullTerm;
import dev.rampart.rego.ast.NumberTerm;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Operators;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Stage "RewriteRegoMetadataCalls": {@code rego.metadata.rule()} and {@code rego.metadata.chain()} become
 * constants, as OPA's compiler makes them. A rule's METADATA is known when it is compiled, so there is nothing
 * to look up at run time: {@code rule()} is the rule's own (rule-scoped) block as an object, {@code {}} when it
 * has none; {@code chain()} lists, nearest first, the rule's block (or just its path), its document's, its
 * package's and the {@code subpackages} blocks above it, each as {@code {"path": [...], "annotations": {...}}}
 * with the path under {@code data}.
 */
final class RegoMetadataCalls {
    static final String RULE = "rego.metadata.rule";
    static final String CHAIN = "rego.metadata.chain";

    private RegoMetadataCalls() {}

    static void run(CompileContext ctx) {
        List<Annotation> all = new ArrayList<>();
        ctx.modules().forEach(m -> all.addAll(m.annotations()));
        List<Module> out = new ArrayList<>();
        for (Module m : ctx.modules()) {
            List<Rule> rules = new ArrayList<>();
            for (Rule r : m.rules()) {
                rules.add(new Rewriter(m, r, all).rule(r));
            }
            out.add(m.withRules(rules));
        }
        ctx.setModules(out);
    }

    /** Replaces the calls in one rule (its else branches included) by that rule's constants. */
    private static final class Rewriter extends AstRewriter {
        private final Module module;
        private final Rule rule;
        private final List<Annotation> annotations;

        Rewriter(Module module, Rule rule, List<Annotation> annotations) {
            this.module = module;
            this.rule = rule;
            this.annotations = annotations;
        }

        @Override
        Term term(Term t) {
            if (t instanceof Call c && c.args().isEmpty()) {
                Term constant = constant(c.operator(), c.location());
                if (constant != null) {
                    return constant;
                }
            }
            return super.term(t);
        }

        @Override
        ExprForm form(ExprForm f) {
            // rego.metadata.rule(x): the call with its output as an argument
            if (f instanceof CallExpr c && c.operands().size() == 1) {
                Term constant = constant(c.operator(), c.operands().get(0).location());
                if (constant != null) {
                    return new CallExpr(Operators.ref(Operators.EQ, constant.location()),
                            List.of(term(c.operands().get(0)), constant));
                }
            }
            return super.form(f);
        }

        private Term constant(Ref operator, Location at) {
            return switch (operator.toString()) {
                case RULE -> ruleObject(at);
                case CHAIN -> chain(at);
                default -> null;
            };
        }

        /** The nearest rule-scoped block above the rule; OPA's "primary" annotation. */
        private Term ruleObject(Location at) {
            return ruleScoped().stream().findFirst().map(a -> object(a, at))
                    .orElse(new ObjectTerm(List.of(), at));
        }

        private List<Annotation> ruleScoped() {
            return annotations.stream()
                    .filter(a -> a.scope() == Annotation.Scope.RULE && rule.location().equals(a.targetLocation()))
                    .sorted(Comparator.comparing(Annotation::location).reversed())
                    .toList();
        }

        private Term chain(Location at) {
            Ref pkg = module.pkg().path();
            Ref path = pkg.append(rule.head().namePath());
            List<Term> links = new ArrayList<>();
            List<Annotation> own = ruleScoped();
            if (own.isEmpty()) {
                links.add(new ObjectTerm(List.of(entry("path", pathArray(path, at), at)), at));
            }
            own.forEach(a -> links.add(link(a.target() == null ? path : a.target(), a, at)));
            annotations.stream()
                    .filter(a -> a.scope() == Annotation.Scope.DOCUMENT && path.equals(a.target()))
                    .findFirst().ifPresent(a -> links.add(link(path, a, at)));
            annotations.stream()
                    .filter(a -> a.scope() == Annotation.Scope.PACKAGE && pkg.equals(a.target()))
                    .findFirst().ifPresent(a -> links.add(link(pkg, a, at)));
            annotations.stream()
                    .filter(a -> a.scope() == Annotation.Scope.SUBPACKAGES && a.target() != null
                            && pkg.hasPrefix(a.target()))
                    .sorted(Comparator.comparing((Annotation a) -> a.target().size()).reversed())
                    .forEach(a -> links.add(link(a.target(), a, at)));
            return new ArrayTerm(links, at);
        }

        private static Term link(Ref path, Annotation a, Location at) {
            return new ObjectTerm(List.of(entry("annotations", object(a, at), at), entry("path", pathArray(path, at), at)),
                    at);
        }

        /** The path under {@code data}, its keys as they are ({@code data.a.b} → ["a", "b"]). */
        private static Term pathArray(Ref path, Location at) {
            return new ArrayTerm(path.terms().subList(1, path.size()).stream()
                    .map(t -> t instanceof StringTerm s ? (Term) new StringTerm(s.value(), at) : t).toList(), at);
        }
    }

    /** A METADATA block as OPA's {@code toObject} writes it: only the fields that are set. */
    static Term object(Annotation a, Location at) {
        List<ObjectTerm.Entry> e = new ArrayList<>();
        e.add(entry("scope", new StringTerm(a.scope().keyword(), at), at));
        if (a.title() != null && !a.title().isEmpty()) {
            e.add(entry("title", new StringTerm(a.title(), at), at));
        }
        if (a.entrypoint()) {
            e.add(entry("entrypoint", new BooleanTerm(true, at), at));
        }
        if (a.description() != null && !a.description().isEmpty()) {
            e.add(entry("description", new StringTerm(a.description(), at), at));
        }
        if (!a.organizations().isEmpty()) {
            e.add(entry("organizations", value(a.organizations(), at), at));
        }
        if (!a.relatedResources().isEmpty()) {
            List<Term> rs = new ArrayList<>();
            for (Annotation.RelatedResource r : a.relatedResources()) {
                List<ObjectTerm.Entry> fields = new ArrayList<>();
                fields.add(entry("ref", new StringTerm(r.ref(), at), at));
                if (r.description() != null && !r.description().isEmpty()) {
                    fields.add(entry("description", new StringTerm(r.description(), at), at));
                }
                rs.add(new ObjectTerm(fields, at));
            }
            e.add(entry("related_resources", new ArrayTerm(rs, at), at));
        }
        if (!a.authors().isEmpty()) {
            List<Term> as = new ArrayList<>();
            for (Annotation.Author author : a.authors()) {
                List<ObjectTerm.Entry> fields = new ArrayList<>();
                if (author.name() != null && !author.name().isEmpty()) {
                    fields.add(entry("name", new StringTerm(author.name(), at), at));
                }
                if (author.email() != null && !author.email().isEmpty()) {
                    fields.add(entry("email", new StringTerm(author.email(), at), at));
                }
                as.add(new ObjectTerm(fields, at));
            }
            e.add(entry("authors", new ArrayTerm(as, at), at));
        }
        if (!a.schemas().isEmpty()) {
            List<Term> ss = new ArrayList<>();
            for (Annotation.SchemaRef s : a.schemas()) {
                List<ObjectTerm.Entry> fields = new ArrayList<>();
                fields.add(entry("path", value(List.of(s.path().split("\\.")), at), at));
                if (s.schema() != null) {
                    fields.add(entry("schema", value(List.of(s.schema().split("\\.")), at), at));
                }
                if (s.definition() != null) {
                    fields.add(entry("definition", value(s.definition(), at), at));
                }
                ss.add(new ObjectTerm(fields, at));
            }
            e.add(entry("schemas", new ArrayTerm(ss, at), at));
        }
        if (!a.custom().isEmpty()) {
            e.add(entry("custom", value(a.custom(), at), at));
        }
        return new ObjectTerm(e, at);
    }

    private static ObjectTerm.Entry entry(String key, Term value, Location at) {
        return new ObjectTerm.Entry(new StringTerm(key, at), value);
    }

    /** A YAML value (maps, lists, strings, numbers, booleans, null) as a Rego term. */
    private static Term value(Object v, Location at) {
        return switch (v) {
            case null -> new NullTerm(at);
            case String s -> new StringTerm(s, at);
            case Boolean b -> new BooleanTerm(b, at);
            case Double d when d.isNaN() || d.isInfinite() -> new StringTerm(d.toString(), at); // YAML .nan, .inf
            case Number n -> new NumberTerm(n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString(), at);
            case Map<?, ?> m -> {
                List<ObjectTerm.Entry> es = new ArrayList<>();
                m.forEach((k, x) -> es.add(new ObjectTerm.Entry(value(k, at), value(x, at))));
                yield new ObjectTerm(es, at);
            }
            case List<?> l -> new ArrayTerm(l.stream().map(x -> value(x, at)).toList(), at);
            default -> new StringTerm(v.toString(), at);
        };
    }
}
