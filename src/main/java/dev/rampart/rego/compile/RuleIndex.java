package dev.rampart.rego.compile;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * OPA's rule tree: rules arranged by the ground prefix of their full path ({@code data.pkg.p.q}), so that
 * refs can be mapped to the rules that may produce them.
 */
final class RuleIndex {

    /** A rule (the head of an else chain) and where it lives. */
    record Entry(int module, int rule, Ref fullRef, int arity, boolean isDefault, boolean multiValue,
            Location location) {}

    /** A node of the tree: the rules whose ground path ends here, and deeper nodes. */
    static final class Node {
        final Term key;
        final List<Entry> rules = new ArrayList<>();
        final Map<Term, Node> children = new LinkedHashMap<>();
        boolean hasPackage;

        Node(Term key) {
            this.key = key;
        }

        Node child(Term k) {
            return k instanceof Ref || k instanceof dev.rampart.rego.ast.Call ? null : children.get(k);
        }
    }

    private final Node root = new Node(null);

    RuleIndex(List<Module> modules) {
        for (int m = 0; m < modules.size(); m++) {
            Module mod = modules.get(m);
            node(mod.pkg().path(), true).hasPackage = true;
            for (int r = 0; r < mod.rules().size(); r++) {
                Rule rule = mod.rules().get(r);
                Ref full = fullRef(mod, rule);
                Entry e = new Entry(m, r, full, rule.head().args().size(), rule.isDefault(),
                        rule.head().isMultiValue(), rule.location());
                node(full.groundPrefix(), true).rules.add(e);
            }
        }
    }

    /** The rule's path from {@code data}: the package path followed by the head ref (its first term as a string). */
    static Ref fullRef(Module mod, Rule rule) {
        Ref head = rule.head().ref();
        List<Term> terms = new ArrayList<>(mod.pkg().path().terms());
        if (head.head() instanceof Var v) {
            terms.add(new StringTerm(v.name(), v.location()));
        } else {
            terms.add(head.head());
        }
        terms.addAll(head.terms().subList(1, head.size()));
        return new Ref(terms, head.location());
    }

    private Node node(Ref path, boolean create) {
        Node n = root;
        for (Term t : path.terms()) {
            Node c = n.children.get(t);
            if (c == null) {
                if (!create) {
                    return null;
                }
                c = new Node(t);
                n.children.put(t, c);
            }
            n = c;
        }
        return n;
    }

    Node root() {
        return root;
    }

    /** The node at exactly {@code ref}, or null. */
    Node find(Ref ref) {
        Node n = root;
        for (Term t : ref.terms()) {
            n = n.child(t);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** Arity of the rules at exactly {@code ref}; -1 when there are none. */
    int arity(Ref ref) {
        Node n = find(ref);
        if (n == null || n.rules.isEmpty()) {
            return -1;
        }
        return n.rules.get(0).arity();
    }

    /** Rules a ref may read, over-approximated where it has variables (OPA's GetRulesDynamic). */
    Set<Entry> rulesFor(Ref ref) {
        Set<Entry> out = new LinkedHashSet<>();
        walk(root, ref, 0, out);
        return out;
    }

    private void walk(Node node, Ref ref, int i, Set<Entry> out) {
        if (i >= ref.size()) {
            collectAll(node, out);
            return;
        }
        Term t = ref.get(i);
        if (i == 0 || t.isGround()) {
            Node c = node.child(t);
            if (c == null) {
                return;
            }
            out.addAll(c.rules);
            walk(c, ref, i + 1, out);
        } else {
            for (Node c : node.children.values()) {
                out.addAll(c.rules);
                walk(c, ref, i + 1, out);
            }
        }
    }

    private static void collectAll(Node n, Set<Entry> out) {
        out.addAll(n.rules);
        for (Node c : n.children.values()) {
            collectAll(c, out);
        }
    }

    /** Every rule in the subtrees below {@code n} (not at {@code n} itself), as full refs. */
    static List<Ref> childRuleRefs(Node n) {
        Set<Entry> acc = new LinkedHashSet<>();
        for (Node c : n.children.values()) {
            collectAll(c, acc);
        }
        List<Ref> out = new ArrayList<>();
        for (Entry e : acc) {
            if (!out.contains(e.fullRef())) {
                out.add(e.fullRef());
            }
        }
        out.sort(java.util.Comparator.comparing(Ref::toString));
        return out;
    }
}
