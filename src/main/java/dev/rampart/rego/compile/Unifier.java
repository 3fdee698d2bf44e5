package dev.rampart.rego.compile;

import dev.rampart.rego.ast.ArrayComprehension;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.ObjectComprehension;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.SetComprehension;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Which variables a unification {@code a = b} binds, given the variables already safe (OPA's
 * {@code Unify}). Variables on one side become safe when the matching part of the other side is; pairs of
 * unknown variables wait for each other.
 */
final class Unifier {

    private final Set<String> safe;
    private final Set<String> unified = new HashSet<>();
    private final Map<String, Set<String>> unknown = new HashMap<>();

    private Unifier(Set<String> safe) {
        this.safe = safe;
    }

    static Set<String> unify(Set<String> safe, Term a, Term b) {
        Unifier u = new Unifier(safe);
        u.unify(a, b);
        return u.unified;
    }

    private boolean isSafe(String v) {
        return safe.contains(v) || unified.contains(v);
    }

    /** True when every variable the term needs as input is safe. */
    private boolean inputsSafe(Term t) {
        for (String v : VarVisitor.SAFETY.vars(t)) {
            if (!isSafe(v)) {
                return false;
            }
        }
        return true;
    }

    private boolean refHeadSafe(Ref r) {
        return r.head() instanceof Var v ? isSafe(v.name()) : inputsSafe(r.head());
    }

    private void unify(Term a, Term b) {
        switch (a) {
            case Var va -> unifyVar(va, b);
            case Ref r -> {
                if (refHeadSafe(r)) {
                    markAllSafeIfPattern(b);
                }
            }
            case Call c -> {
                if (inputsSafe(c)) {
                    markAllSafeIfPattern(b);
                }
            }
            case ArrayComprehension c -> markAllSafeIfPattern(b);
            case SetComprehension c -> markAllSafeIfPattern(b);
            case ObjectComprehension c -> markAllSafeIfPattern(b);
            case ArrayTerm arr -> {
                switch (b) {
                    case Var vb -> unifyAll(vb, arr);
                    case ArrayComprehension c -> markAllSafe(arr);
                    case SetComprehension c -> markAllSafe(arr);
                    case ObjectComprehension c -> markAllSafe(arr);
                    case Ref r -> {
                        if (refHeadSafe(r)) {
                            markAllSafe(arr);
                        }
                    }
                    case Call c -> {
                        if (inputsSafe(c)) {
                            markAllSafe(arr);
                        }
                    }
                    case ArrayTerm arr2 -> {
                        if (arr.elements().size() == arr2.elements().size()) {
                            for (int i = 0; i < arr.elements().size(); i++) {
                                unify(arr.elements().get(i), arr2.elements().get(i));
                            }
                        }
                    }
                    default -> { }
                }
            }
            case ObjectTerm obj -> {
                switch (b) {
                    case Var vb -> unifyAll(vb, obj);
                    case Ref r -> {
                        if (refHeadSafe(r)) {
                            markAllSafe(obj);
                        }
                    }
                    case Call c -> {
                        if (inputsSafe(c)) {
                            markAllSafe(obj);
                        }
                    }
                    case ObjectTerm obj2 -> {
                        if (obj.entries().size() == obj2.entries().size()) {
                            for (ObjectTerm.Entry e : obj.entries()) {
                                for (ObjectTerm.Entry e2 : obj2.entries()) {
                                    if (e.key().equals(e2.key())) {
                                        unify(e.value(), e2.value());
                                    }
                                }
                            }
                        }
                    }
                    default -> { }
                }
            }
            default -> {
                if (b instanceof Var vb) {
                    markSafe(vb.name());
                }
            }
        }
    }

    private void unifyVar(Var a, Term b) {
        switch (b) {
            case Var vb -> {
                if (isSafe(vb.name())) {
                    markSafe(a.name());
                } else if (isSafe(a.name())) {
                    markSafe(vb.name());
                } else {
                    markUnknown(a.name(), vb.name());
                    markUnknown(vb.name(), a.name());
                }
            }
            case ArrayTerm arr -> unifyAll(a, arr);
            case ObjectTerm obj -> unifyAll(a, obj);
            case Ref r -> {
                if (refHeadSafe(r)) {
                    markSafe(a.name());
                } else if (r.head() instanceof Var h) {
                    markUnknown(a.name(), h.name());
                }
            }
            case Call c -> {
                Set<String> missing = new HashSet<>(VarVisitor.SAFETY.vars(c));
                missing.removeIf(this::isSafe);
                if (missing.isEmpty()) {
                    markSafe(a.name());
                } else {
                    missing.forEach(v -> markUnknown(a.name(), v));
                }
            }
            default -> markSafe(a.name());
        }
    }

    /** When {@code b} is a variable or a pattern, everything it binds becomes safe. */
    private void markAllSafeIfPattern(Term b) {
        switch (b) {
            case Var vb -> markSafe(vb.name());
            case ArrayTerm arr -> markAllSafe(arr);
            case ObjectTerm obj -> markAllSafe(obj);
            default -> { }
        }
    }

    private void markAllSafe(Term t) {
        for (String v : VarVisitor.UNIFY.vars(t)) {
            markSafe(v);
        }
    }

    /** Marks {@code x} safe, then what it was unified with, then what waited only for those. */
    private void markSafe(String x) {
        java.util.ArrayDeque<String> work = new java.util.ArrayDeque<>();
        work.add(x);
        while (!work.isEmpty()) {
            String y = work.poll();
            unified.add(y);
            Set<String> deps = unknown.remove(y);
            if (deps != null) {
                work.addAll(deps);
            }
            for (Iterator<Map.Entry<String, Set<String>>> it = unknown.entrySet().iterator(); it.hasNext(); ) {
                Map.Entry<String, Set<String>> e = it.next();
                if (e.getValue().remove(y) && e.getValue().isEmpty()) {
                    it.remove();
                    work.add(e.getKey());
                }
            }
        }
    }

    private void markUnknown(String a, String b) {
        unknown.computeIfAbsent(a, k -> new HashSet<>()).add(b);
    }

    private void unifyAll(Var a, Term b) {
        if (isSafe(a.name())) {
            markAllSafe(b);
            return;
        }
        Set<String> missing = new HashSet<>(VarVisitor.UNIFY.vars(b));
        missing.removeIf(this::isSafe);
        if (missing.isEmpty()) {
            markSafe(a.name());
        } else {
            missing.forEach(v -> markUnknown(a.name(), v));
        }
    }
}
