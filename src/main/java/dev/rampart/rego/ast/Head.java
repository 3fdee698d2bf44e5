package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;

/**
 * A rule head. {@code ref} is the rule's name path inside its package ({@code p}, {@code a.b[x]}); after
 * compilation it is the full path starting at {@code data}. {@code key} is set for partial sets
 * ({@code p contains x}, v0 {@code p[x]}) and for v0 partial objects ({@code p[k] = v}, where it repeats
 * the last ref term). {@code value} is null only for partial sets.
 */
public record Head(
        Ref ref,
        List<Term> args,
        Term key,
        Term value,
        boolean assign,
        boolean usesIf,
        boolean usesContains,
        boolean generatedValue,
        Location location) {

    public Head {
        args = List.copyOf(args);
    }

    /** True for function definitions {@code f(x) := …}. */
    public boolean isFunction() {
        return !args.isEmpty();
    }

    /** True for rules that contribute elements to a set ({@code contains}). */
    public boolean isMultiValue() {
        return key != null && value == null;
    }

    /**
     * The rule's path below its package as string keys: its name and the ground part of its ref
     * ({@code p.q[x]} → {@code "p", "q"}), which is where METADATA attaches and what it reports.
     */
    public List<Term> namePath() {
        Ref ground = ref.groundPrefix();
        Var name = (Var) ground.head();
        List<Term> out = new java.util.ArrayList<>();
        out.add(new StringTerm(name.name(), name.location()));
        out.addAll(ground.terms().subList(1, ground.size()));
        return out;
    }

    public Head withRef(Ref r) {
        return new Head(r, args, key, value, assign, usesIf, usesContains, generatedValue, location);
    }

    public Head withTerms(List<Term> newArgs, Term newKey, Term newValue) {
        return new Head(ref, newArgs, newKey, newValue, assign, usesIf, usesContains, generatedValue, location);
    }

    public Head withUsesIf(boolean b) {
        return new Head(ref, args, key, value, assign, b, usesContains, generatedValue, location);
    }
}
