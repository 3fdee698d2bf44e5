package dev.rampart.rego.plan;

import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.RuleKind;
import dev.rampart.rego.RuleSet;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Term;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of a policy arranged by their paths under {@code data}, so that the planner can tell, for each
 * step of a reference into {@code data}, whether it reaches rules, base data, or both.
 */
final class RuleTree {

    /** One path under {@code data}: the rule set defined exactly there, if any, and deeper paths. */
    static final class Node {
        final Ref path;
        final Map<Term, Node> children = new LinkedHashMap<>();
        RuleSet rules;
        /**
         * True when this path is part of the document tree: a rule set that is not a function is defined
         * here or below, or a function is defined strictly below.
         */
        boolean documentsBelow;

        Node(Ref path) {
            this.path = path;
        }

        boolean isFunction() {
            return rules != null && rules.kind() == RuleKind.FUNCTION;
        }

        /** A rule set that defines a document here (not a function). */
        boolean hasDocumentRules() {
            return rules != null && rules.kind() != RuleKind.FUNCTION;
        }

        boolean hasDocumentChildren() {
            for (Node c : children.values()) {
                if (c.documentsBelow) {
                    return true;
                }
            }
            return false;
        }
    }

    final Node root;

    private RuleTree(Node root) {
        this.root = root;
    }

    static RuleTree of(CompiledPolicy policy, Ref dataRoot) {
        Node root = new Node(dataRoot);
        for (Module m : policy.modules()) {
            // a package is part of data even when it defines nothing ({} in OPA)
            List<Term> terms = m.pkg().path().terms();
            Node n = root;
            root.documentsBelow = true;
            for (int i = 1; i < terms.size(); i++) {
                Ref prefix = new Ref(terms.subList(0, i + 1), m.pkg().path().location());
                n = n.children.computeIfAbsent(terms.get(i), k -> new Node(prefix));
                n.documentsBelow = true;
            }
        }
        for (RuleSet rs : policy.ruleSets()) {
            Node n = root;
            List<Term> terms = rs.path().terms();
            boolean doc = rs.kind() != RuleKind.FUNCTION;
            // Every package and prefix that holds rules is part of the document tree, even when it holds
            // only functions (OPA shows it as {}); a function itself is not a document.
            root.documentsBelow = true;
            for (int i = 1; i < terms.size(); i++) {
                Ref prefix = new Ref(terms.subList(0, i + 1), rs.path().location());
                n = n.children.computeIfAbsent(terms.get(i), k -> new Node(prefix));
                if (doc || i < terms.size() - 1) {
                    n.documentsBelow = true;
                }
            }
            n.rules = rs;
        }
        return new RuleTree(root);
    }

    /** The node at {@code path} (a ground ref from {@code data}), or null. */
    Node find(Ref path) {
        Node n = root;
        for (int i = 1; i < path.size() && n != null; i++) {
            n = n.children.get(path.get(i));
        }
        return n;
    }
}
