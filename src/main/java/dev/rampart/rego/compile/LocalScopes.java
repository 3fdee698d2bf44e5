package dev.rampart.rego.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nested scopes of local variables during OPA's local-variable rewriting: for each name, the name it was
 * renamed to and how it first occurred in the scope (seen, assigned with {@code :=}, declared with
 * {@code some}, or a function argument).
 */
final class LocalScopes {

    /** How a name first occurred in a scope. */
    enum Occurrence { ARG, SEEN, ASSIGNED, DECLARED }

    /** One scope: a body, a comprehension or an {@code every} body. */
    static final class Scope {
        final Map<String, String> renamed = new LinkedHashMap<>();
        final Map<String, Occurrence> occurrence = new HashMap<>();
    }

    private final List<Scope> scopes = new ArrayList<>();
    /** Generated name → original name, for every rename made in these scopes. */
    final Map<String, String> rewritten = new HashMap<>();

    LocalScopes() {
        scopes.add(new Scope());
    }

    /** A copy whose single scope holds everything this one holds (OPA copies the argument scope so). */
    LocalScopes copy() {
        LocalScopes c = new LocalScopes();
        for (Scope s : scopes) {
            c.top().renamed.putAll(s.renamed);
            c.top().occurrence.putAll(s.occurrence);
        }
        c.rewritten.putAll(rewritten);
        return c;
    }

    void push() {
        scopes.add(new Scope());
    }

    Scope pop() {
        return scopes.remove(scopes.size() - 1);
    }

    Scope top() {
        return scopes.get(scopes.size() - 1);
    }

    void insert(String name, String renamedTo, Occurrence occ) {
        top().renamed.put(name, renamedTo);
        top().occurrence.put(name, occ);
        if (!name.equals(renamedTo)) {
            rewritten.put(renamedTo, name);
        }
    }

    /** The name {@code name} was renamed to in the nearest scope that knows it, or null. */
    String declared(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            String r = scopes.get(i).renamed.get(name);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /** How {@code name} occurred in the current scope, or null. */
    Occurrence occurrence(String name) {
        return top().occurrence.get(name);
    }

    /** How {@code name} occurred in the nearest scope that knows it, or null. */
    Occurrence globalOccurrence(String name) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Occurrence o = scopes.get(i).occurrence.get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }
}
