package dev.rampart.rego.compile;

import dev.rampart.rego.ErrorCode;
import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage "CheckRecursion": Rego forbids recursion. Each rule (each {@code else} branch counts on its own)
 * depends on the rules its refs may read; a rule that can reach itself is reported with the cycle, e.g.
 * {@code rule data.a.p is recursive: data.a.p -> data.a.q -> data.a.p}.
 */
final class Recursion {

    private Recursion() {}

    /** A rule or else branch, with the path it defines. */
    private record Node(Rule rule, Ref path) {}

    static void run(CompileContext ctx) {
        RuleIndex index = ctx.ruleIndex();
        List<Module> modules = ctx.modules();
        Map<RuleIndex.Entry, List<Node>> chains = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int m = 0; m < modules.size(); m++) {
            Module mod = modules.get(m);
            for (int i = 0; i < mod.rules().size(); i++) {
                Rule rule = mod.rules().get(i);
                Ref path = RuleIndex.fullRef(mod, rule);
                List<Node> chain = new ArrayList<>();
                for (Rule r = rule; r != null; r = r.elseRule()) {
                    Node n = new Node(r, path);
                    chain.add(n);
                    nodes.add(n);
                }
                chains.put(entryFor(index, path, m, i), chain);
            }
        }
        Map<Node, Set<Node>> deps = new IdentityHashMap<>();
        for (Node n : nodes) {
            Set<Node> ds = new LinkedHashSet<>();
            Walk.dependencies(n.rule(), t -> {
                if (t instanceof Ref r) {
                    for (RuleIndex.Entry e : index.rulesFor(r)) {
                        List<Node> chain = chains.get(e);
                        if (chain != null) {
                            ds.addAll(chain);
                        }
                    }
                }
            });
            deps.put(n, ds);
        }
        for (Node n : nodes) {
            List<Node> path = cycle(n, deps);
            if (path != null) {
                List<String> names = new ArrayList<>();
                names.add(n.path().groundPrefix().toString());
                for (Node p : path) {
                    names.add(p.path().groundPrefix().toString());
                }
                if (!ctx.error(ErrorCode.RECURSION, n.rule().location(), "rule " + names.get(0) + " is recursive: "
                        + String.join(" -> ", names))) {
                    return;
                }
            }
        }
    }

    private static RuleIndex.Entry entryFor(RuleIndex index, Ref path, int module, int rule) {
        for (RuleIndex.Entry e : index.find(path.groundPrefix()).rules) {
            if (e.module() == module && e.rule() == rule) {
                return e;
            }
        }
        throw new IllegalStateException("rule not indexed: " + path);
    }

    /** A dependency path from {@code start} back to itself (excluding the start), or null. */
    private static List<Node> cycle(Node start, Map<Node, Set<Node>> deps) {
        Set<Node> visited = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        List<Node> path = new ArrayList<>();
        return dfs(start, start, deps, visited, path) ? path : null;
    }

    private static boolean dfs(Node at, Node target, Map<Node, Set<Node>> deps, Set<Node> visited, List<Node> path) {
        for (Node next : deps.getOrDefault(at, Set.of())) {
            path.add(next);
            if (next == target) {
                return true;
            }
            if (visited.add(next) && dfs(next, target, deps, visited, path)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }
}
