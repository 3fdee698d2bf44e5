package dev.rampart.rego.ir;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Term;
import java.util.List;

/**
 * A whole policy set, planned: its functions, the entrypoints that call them, and the tables they index.
 *
 * @param funcs       every function, entrypoints' included
 * @param entrypoints entrypoint name → the function it calls (with {@code input} and {@code data} only)
 * @param constants   ground terms, by {@link Operand.Const} index; 0–2 are {@code false}, {@code true}, {@code null}
 * @param sites       error sites, by index
 * @param rulePaths   where the policy set defines rules under {@code data}, for the check against base data
 */
public record Plan(List<Func> funcs, List<Entry> entrypoints, List<Term> constants, List<Site> sites,
        List<RulePath> rulePaths) {

    /** An entrypoint: its name and the function that computes it. */
    public record Entry(String name, String func) {}

    /**
     * A path under {@code data} with rules defined exactly there, all of its keys strings (other keys cannot
     * collide with JSON data), and where the first of those rules starts.
     */
    public record RulePath(List<String> path, Location location) {
        public RulePath {
            path = List.copyOf(path);
        }
    }

    public Plan {
        funcs = List.copyOf(funcs);
        entrypoints = List.copyOf(entrypoints);
        constants = List.copyOf(constants);
        sites = List.copyOf(sites);
        rulePaths = List.copyOf(rulePaths);
    }
}
