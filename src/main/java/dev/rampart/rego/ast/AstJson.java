package dev.rampart.rego.ast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.rego.Location;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The AST as JSON, for debugging ({@code rampart parse}). Shaped like OPA's JSON AST: terms are
 * {@code {"type": …, "value": …, "location": {"file", "row", "col"}}}.
 */
public final class AstJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private AstJson() {}

    public static ObjectNode module(Module m) {
        ObjectNode o = F.objectNode();
        o.put("file", m.file());
        o.put("rego_version", m.version().name().toLowerCase(java.util.Locale.ROOT));
        ObjectNode pkg = o.putObject("package");
        pkg.set("path", term(m.pkg().path()));
        pkg.set("location", location(m.pkg().location()));
        ArrayNode imports = o.putArray("imports");
        for (Import i : m.imports()) {
            ObjectNode io = imports.addObject();
            io.set("path", term(i.path()));
            if (i.alias() != null) {
                io.put("alias", i.alias());
            }
            io.set("location", location(i.location()));
        }
        ArrayNode rules = o.putArray("rules");
        m.rules().forEach(r -> rules.add(rule(r)));
        ArrayNode annotations = o.putArray("annotations");
        m.annotations().forEach(a -> annotations.add(annotation(a)));
        ArrayNode comments = o.putArray("comments");
        for (Comment c : m.comments()) {
            ObjectNode co = comments.addObject();
            co.put("text", c.text());
            co.set("location", location(c.location()));
        }
        return o;
    }

    public static ObjectNode rule(Rule r) {
        ObjectNode o = F.objectNode();
        if (r.isDefault()) {
            o.put("default", true);
        }
        Head h = r.head();
        ObjectNode head = o.putObject("head");
        head.set("ref", term(h.ref()));
        if (!h.args().isEmpty()) {
            head.set("args", terms(h.args()));
        }
        if (h.key() != null) {
            head.set("key", term(h.key()));
        }
        if (h.value() != null) {
            head.set("value", term(h.value()));
        }
        if (h.assign()) {
            head.put("assign", true);
        }
        head.set("location", location(h.location()));
        o.set("body", body(r.body()));
        if (r.elseRule() != null) {
            o.set("else", rule(r.elseRule()));
        }
        o.set("location", location(r.location()));
        return o;
    }

    public static ArrayNode body(List<Expr> body) {
        ArrayNode a = F.arrayNode();
        for (int i = 0; i < body.size(); i++) {
            ObjectNode e = expr(body.get(i));
            e.put("index", i);
            a.add(e);
        }
        return a;
    }

    public static ObjectNode expr(Expr e) {
        ObjectNode o = F.objectNode();
        if (e.negated()) {
            o.put("negated", true);
        }
        if (e.generated()) {
            o.put("generated", true);
        }
        switch (e.form()) {
            case TermExpr t -> o.set("terms", term(t.term()));
            case CallExpr c -> {
                ArrayNode ts = o.putArray("terms");
                ts.add(term(c.operator()));
                c.operands().forEach(x -> ts.add(term(x)));
            }
            case SomeDecl s -> {
                ArrayNode syms = o.putObject("terms").putArray("symbols");
                s.vars().forEach(v -> syms.add(term(v)));
            }
            case SomeIn s -> {
                ObjectNode some = o.putObject("terms").putObject("some_in");
                if (s.key() != null) {
                    some.set("key", term(s.key()));
                }
                some.set("value", term(s.value()));
                some.set("collection", term(s.collection()));
            }
            case Every ev -> {
                ObjectNode every = o.putObject("terms").putObject("every");
                if (ev.key() != null) {
                    every.set("key", term(ev.key()));
                }
                every.set("value", term(ev.value()));
                every.set("domain", term(ev.domain()));
                every.set("body", body(ev.body()));
            }
        }
        if (!e.with().isEmpty()) {
            ArrayNode ws = o.putArray("with");
            for (With w : e.with()) {
                ObjectNode wo = ws.addObject();
                wo.set("target", term(w.target()));
                wo.set("value", term(w.value()));
                wo.set("location", location(w.location()));
            }
        }
        o.set("location", location(e.location()));
        return o;
    }

    public static ObjectNode term(Term t) {
        ObjectNode o = F.objectNode();
        o.put("type", Terms.typeName(t));
        switch (t) {
            case NullTerm n -> o.putNull("value");
            case BooleanTerm b -> o.put("value", b.value());
            case NumberTerm n -> o.set("value", number(n.text()));
            case StringTerm s -> o.put("value", s.value());
            case Var v -> o.put("value", v.name());
            case Ref r -> o.set("value", terms(r.terms()));
            case ArrayTerm a -> o.set("value", terms(a.elements()));
            case SetTerm s -> o.set("value", terms(s.elements()));
            case ObjectTerm ob -> {
                ArrayNode entries = o.putArray("value");
                for (ObjectTerm.Entry e : ob.entries()) {
                    ArrayNode pair = entries.addArray();
                    pair.add(term(e.key()));
                    pair.add(term(e.value()));
                }
            }
            case ArrayComprehension c -> {
                ObjectNode v = o.putObject("value");
                v.set("term", term(c.term()));
                v.set("body", body(c.body()));
            }
            case SetComprehension c -> {
                ObjectNode v = o.putObject("value");
                v.set("term", term(c.term()));
                v.set("body", body(c.body()));
            }
            case ObjectComprehension c -> {
                ObjectNode v = o.putObject("value");
                v.set("key", term(c.key()));
                v.set("value", term(c.value()));
                v.set("body", body(c.body()));
            }
            case Call c -> {
                ArrayNode v = o.putArray("value");
                v.add(term(c.operator()));
                c.args().forEach(x -> v.add(term(x)));
            }
        }
        if (t.location() != null) {
            o.set("location", location(t.location()));
        }
        return o;
    }

    private static ArrayNode terms(List<? extends Term> ts) {
        ArrayNode a = F.arrayNode();
        ts.forEach(t -> a.add(term(t)));
        return a;
    }

    private static JsonNode number(String text) {
        try {
            return F.numberNode(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return F.textNode(text);
        }
    }

    public static ObjectNode annotation(Annotation a) {
        ObjectNode o = F.objectNode();
        o.put("scope", a.scope().keyword());
        if (a.title() != null) {
            o.put("title", a.title());
        }
        if (a.description() != null) {
            o.put("description", a.description());
        }
        if (!a.organizations().isEmpty()) {
            ArrayNode orgs = o.putArray("organizations");
            a.organizations().forEach(orgs::add);
        }
        if (!a.relatedResources().isEmpty()) {
            ArrayNode rr = o.putArray("related_resources");
            for (Annotation.RelatedResource r : a.relatedResources()) {
                ObjectNode ro = rr.addObject().put("ref", r.ref());
                if (r.description() != null) {
                    ro.put("description", r.description());
                }
            }
        }
        if (!a.authors().isEmpty()) {
            ArrayNode as = o.putArray("authors");
            for (Annotation.Author au : a.authors()) {
                ObjectNode ao = as.addObject();
                if (!au.name().isEmpty()) {
                    ao.put("name", au.name());
                }
                if (!au.email().isEmpty()) {
                    ao.put("email", au.email());
                }
            }
        }
        if (!a.custom().isEmpty()) {
            o.set("custom", value(a.custom()));
        }
        if (a.entrypoint()) {
            o.put("entrypoint", true);
        }
        if (a.target() != null) {
            o.put("target", a.target().toString());
        }
        o.set("location", location(a.location()));
        return o;
    }

    /** A plain Java value (maps, lists, strings, numbers, booleans, null) as JSON. */
    public static JsonNode value(Object v) {
        return switch (v) {
            case null -> F.nullNode();
            case String s -> F.textNode(s);
            case Boolean b -> F.booleanNode(b);
            case Integer i -> F.numberNode(i);
            case Long l -> F.numberNode(l);
            case java.math.BigInteger b -> F.numberNode(b);
            case BigDecimal d -> F.numberNode(d);
            case Number n -> F.numberNode(n.doubleValue());
            case Map<?, ?> m -> {
                ObjectNode o = F.objectNode();
                m.forEach((k, x) -> o.set(String.valueOf(k), value(x)));
                yield o;
            }
            case List<?> l -> {
                ArrayNode a = F.arrayNode();
                l.forEach(x -> a.add(value(x)));
                yield a;
            }
            default -> F.textNode(String.valueOf(v));
        };
    }

    public static ObjectNode location(Location l) {
        ObjectNode o = F.objectNode();
        o.put("file", l.file());
        o.put("row", l.line());
        o.put("col", l.column());
        return o;
    }
}
