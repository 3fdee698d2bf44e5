package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;

/**
 * A reference such as {@code data.a.b[x]}: a head term (usually a variable such as {@code data},
 * {@code input} or a local; possibly a collection, comprehension or call) followed by the keys that are
 * looked up in turn. Dotted keys are string terms.
 */
public record Ref(List<Term> terms, Location location) implements Term {

    public Ref {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("empty ref");
        }
    }

    /** A ref of the given terms, located at its head. */
    public static Ref of(List<Term> terms) {
        return new Ref(terms, terms.get(0).location());
    }

    /** The first term. */
    public Term head() {
        return terms.get(0);
    }

    /** Number of terms, head included. */
    public int size() {
        return terms.size();
    }

    /** The i-th term (0 is the head). */
    public Term get(int i) {
        return terms.get(i);
    }

    /** The name of the head when it is a variable, else null. */
    public String headName() {
        return terms.get(0) instanceof Var v ? v.name() : null;
    }

    /** The longest prefix whose keys are all ground (the head always counts). */
    public Ref groundPrefix() {
        for (int i = 1; i < terms.size(); i++) {
            if (!terms.get(i).isGround()) {
                return new Ref(terms.subList(0, i), location);
            }
        }
        return this;
    }

    /** True when every key after the head is ground. */
    public boolean isGroundPath() {
        return groundPrefix().size() == terms.size();
    }

    /** True when this ref starts with all terms of {@code prefix}. */
    public boolean hasPrefix(Ref prefix) {
        return prefix.size() <= size() && terms.subList(0, prefix.size()).equals(prefix.terms);
    }

    /** This ref followed by {@code more}. */
    public Ref append(List<Term> more) {
        var all = new java.util.ArrayList<Term>(terms.size() + more.size());
        all.addAll(terms);
        all.addAll(more);
        return new Ref(all, location);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ref r && r.terms.equals(terms);
    }

    @Override
    public int hashCode() {
        return terms.hashCode();
    }

    @Override
    public String toString() {
        return Terms.refString(this);
    }
}
