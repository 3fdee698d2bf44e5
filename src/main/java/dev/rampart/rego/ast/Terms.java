package dev.rampart.rego.ast;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Helpers over terms: groundness and OPA's textual form (used in error messages and debugging output). */
public final class Terms {

    private static final Pattern IDENT = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private static final Map<String, String> INFIX = Map.ofEntries(
            Map.entry(Operators.EQ, "="), Map.entry(Operators.ASSIGN, ":="), Map.entry(Operators.EQUAL, "=="),
            Map.entry(Operators.NEQ, "!="), Map.entry(Operators.LT, "<"), Map.entry(Operators.GT, ">"),
            Map.entry(Operators.LTE, "<="), Map.entry(Operators.GTE, ">="), Map.entry(Operators.PLUS, "+"),
            Map.entry(Operators.MINUS, "-"), Map.entry(Operators.MUL, "*"), Map.entry(Operators.DIV, "/"),
            Map.entry(Operators.REM, "%"), Map.entry(Operators.AND, "&"), Map.entry(Operators.OR, "|"),
            Map.entry(Operators.MEMBER, "in"));

    private Terms() {}

    /** The infix spelling of an operator name ({@code plus} → {@code +}), or null. */
    public static String infix(String operatorName) {
        return INFIX.get(operatorName);
    }

    /** OPA's name for the kind of a term, as used in messages ("var", "ref", "number" …). */
    public static String typeName(Term t) {
        return switch (t) {
            case NullTerm n -> "null";
            case BooleanTerm b -> "boolean";
            case NumberTerm n -> "number";
            case StringTerm s -> "string";
            case Var v -> "var";
            case Ref r -> "ref";
            case ArrayTerm a -> "array";
            case SetTerm s -> "set";
            case ObjectTerm o -> "object";
            case ArrayComprehension c -> "arraycomprehension";
            case SetComprehension c -> "setcomprehension";
            case ObjectComprehension c -> "objectcomprehension";
            case Call c -> "call";
        };
    }

    /** True for scalars and for collections made only of ground terms. */
    public static boolean isGround(Term t) {
        return switch (t) {
            case NullTerm n -> true;
            case BooleanTerm b -> true;
            case NumberTerm n -> true;
            case StringTerm s -> true;
            case ArrayTerm a -> a.elements().stream().allMatch(Terms::isGround);
            case SetTerm s -> s.elements().stream().allMatch(Terms::isGround);
            case ObjectTerm o -> o.entries().stream().allMatch(e -> isGround(e.key()) && isGround(e.value()));
            default -> false;
        };
    }

    /** A string as a JSON string literal. */
    public static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** OPA's form of a ref: {@code data.a["b c"][x]}. */
    public static String refString(Ref r) {
        StringBuilder b = new StringBuilder();
        List<Term> ts = r.terms();
        b.append(print(ts.get(0)));
        for (int i = 1; i < ts.size(); i++) {
            Term t = ts.get(i);
            if (t instanceof StringTerm s && IDENT.matcher(s.value()).matches()) {
                b.append('.').append(s.value());
            } else {
                b.append('[').append(print(t)).append(']');
            }
        }
        return b.toString();
    }

    /** The Rego text of a term. */
    public static String print(Term t) {
        StringBuilder b = new StringBuilder();
        appendTerm(b, t);
        return b.toString();
    }

    /** The Rego text of an expression. */
    public static String print(Expr e) {
        StringBuilder b = new StringBuilder();
        appendExpr(b, e);
        return b.toString();
    }

    /** The Rego text of a body, expressions separated by {@code ; }. */
    public static String print(List<Expr> body) {
        StringBuilder b = new StringBuilder();
        appendBody(b, body);
        return b.toString();
    }

    private static void appendBody(StringBuilder b, List<Expr> body) {
        for (int i = 0; i < body.size(); i++) {
            if (i > 0) {
                b.append("; ");
            }
            appendExpr(b, body.get(i));
        }
    }

    private static void appendExpr(StringBuilder b, Expr e) {
        if (e.negated()) {
            b.append("not ");
        }
        switch (e.form()) {
            case TermExpr t -> appendTerm(b, t.term());
            case CallExpr c -> appendCall(b, c.operator(), c.operands(), true);
            case SomeDecl s -> {
                b.append("some ");
                appendList(b, List.copyOf(s.vars()));
            }
            case SomeIn s -> {
                b.append("some ");
                if (s.key() != null) {
                    appendTerm(b, s.key());
                    b.append(", ");
                }
                appendTerm(b, s.value());
                b.append(" in ");
                appendTerm(b, s.collection());
            }
            case Every ev -> {
                b.append("every ");
                if (ev.key() != null) {
                    b.append(ev.key().name()).append(", ");
                }
                b.append(ev.value().name()).append(" in ");
                appendTerm(b, ev.domain());
                b.append(" { ");
                appendBody(b, ev.body());
                b.append(" }");
            }
        }
        for (With w : e.with()) {
            b.append(" with ");
            appendTerm(b, w.target());
            b.append(" as ");
            appendTerm(b, w.value());
        }
    }

    private static void appendCall(StringBuilder b, Ref op, List<Term> args, boolean exprPosition) {
        String name = refString(op);
        String infix = INFIX.get(name);
        if (infix != null && args.size() == 2) {
            if (!exprPosition) {
                b.append('(');
            }
            appendTerm(b, args.get(0));
            b.append(' ').append(infix).append(' ');
            appendTerm(b, args.get(1));
            if (!exprPosition) {
                b.append(')');
            }
            return;
        }
        b.append(name).append('(');
        appendList(b, args);
        b.append(')');
    }

    private static void appendList(StringBuilder b, List<? extends Term> ts) {
        for (int i = 0; i < ts.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            appendTerm(b, ts.get(i));
        }
    }

    private static void appendTerm(StringBuilder b, Term t) {
        switch (t) {
            case NullTerm n -> b.append("null");
            case BooleanTerm x -> b.append(x.value());
            case NumberTerm n -> b.append(n.text());
            case StringTerm s -> b.append(quote(s.value()));
            case Var v -> b.append(v.name());
            case Ref r -> b.append(refString(r));
            case ArrayTerm a -> {
                b.append('[');
                appendList(b, a.elements());
                b.append(']');
            }
            case SetTerm s -> {
                if (s.elements().isEmpty()) {
                    b.append("set()");
                } else {
                    b.append('{');
                    appendList(b, s.elements());
                    b.append('}');
                }
            }
            case ObjectTerm o -> {
                b.append('{');
                for (int i = 0; i < o.entries().size(); i++) {
                    if (i > 0) {
                        b.append(", ");
                    }
                    appendTerm(b, o.entries().get(i).key());
                    b.append(": ");
                    appendTerm(b, o.entries().get(i).value());
                }
                b.append('}');
            }
            case ArrayComprehension c -> {
                b.append('[');
                appendTerm(b, c.term());
                b.append(" | ");
                appendBody(b, c.body());
                b.append(']');
            }
            case SetComprehension c -> {
                b.append('{');
                appendTerm(b, c.term());
                b.append(" | ");
                appendBody(b, c.body());
                b.append('}');
            }
            case ObjectComprehension c -> {
                b.append('{');
                appendTerm(b, c.key());
                b.append(": ");
                appendTerm(b, c.value());
                b.append(" | ");
                appendBody(b, c.body());
                b.append('}');
            }
            case Call c -> appendCall(b, c.operator(), c.args(), false);
        }
    }
}
