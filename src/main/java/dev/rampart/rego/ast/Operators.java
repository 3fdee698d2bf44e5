package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;

/** OPA's names for the built-in operators, which the parser uses as call operators. */
public final class Operators {
    /** {@code =} unification. */
    public static final String EQ = "eq";
    /** {@code :=} local assignment (rewritten to {@code eq} by the compiler). */
    public static final String ASSIGN = "assign";
    public static final String EQUAL = "equal";
    public static final String NEQ = "neq";
    public static final String LT = "lt";
    public static final String GT = "gt";
    public static final String LTE = "lte";
    public static final String GTE = "gte";
    public static final String PLUS = "plus";
    public static final String MINUS = "minus";
    public static final String MUL = "mul";
    public static final String DIV = "div";
    public static final String REM = "rem";
    /** {@code &} set intersection. */
    public static final String AND = "and";
    /** {@code |} set union. */
    public static final String OR = "or";
    /** {@code x in xs}. */
    public static final String MEMBER = "internal.member_2";
    /** {@code k, v in xs}. */
    public static final String MEMBER_WITH_KEY = "internal.member_3";

    private Operators() {}

    /** The ref naming an operator or built-in, e.g. {@code internal.member_2} as {@code internal["member_2"]}. */
    public static Ref ref(String name, Location loc) {
        String[] parts = name.split("\\.");
        var terms = new java.util.ArrayList<Term>(parts.length);
        terms.add(new Var(parts[0], loc));
        for (int i = 1; i < parts.length; i++) {
            terms.add(new StringTerm(parts[i], loc));
        }
        return new Ref(List.copyOf(terms), loc);
    }
}
