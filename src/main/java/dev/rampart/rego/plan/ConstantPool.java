package dev.rampart.rego.plan;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.NullTerm;
import dev.rampart.rego.ast.NumberTerm;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Terms;
import dev.rampart.rego.ir.Operand.Const;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plan's constants: each ground term once. Keyed by the term as printed, so that {@code 1} and {@code 1.0}
 * stay distinct constants (they are equal values, but print as written).
 */
final class ConstantPool {
    private final List<Term> terms = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    ConstantPool() {
        add(new BooleanTerm(false, Location.NONE));
        add(new BooleanTerm(true, Location.NONE));
        add(new NullTerm(Location.NONE));
    }

    Const of(Term ground) {
        return new Const(add(ground));
    }

    Const string(String s) {
        return of(new StringTerm(s, Location.NONE));
    }

    Const number(long n) {
        return of(new NumberTerm(Long.toString(n), Location.NONE));
    }

    private int add(Term t) {
        String key = t.getClass().getSimpleName() + ":" + Terms.print(t);
        Integer i = index.get(key);
        if (i == null) {
            i = terms.size();
            terms.add(t);
            index.put(key, i);
        }
        return i;
    }

    List<Term> terms() {
        return terms;
    }
}
