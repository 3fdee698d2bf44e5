package dev.rampart.rego.ir;

import dev.rampart.rego.ast.Term;
import java.util.List;

/**
 * A whole policy set, planned: its functions, the entrypoints that call them, and the tables they index.
 *
 * @param funcs       every function, entrypoints' included
 * @param entrypoints entrypoint name → the function it calls (with {@code input} and {@code data} only)
 * @param constants   ground terms, by {@link Operand.Const} index; 0–2 are {@code false}, {@code true}, {@code null}
 * @param sites       error sites, by index
 */
public record Plan(List<Func> funcs, List<Entry> entrypoints, List<Term> constants, List<Site> sites) {

    /** An entrypoint: its name and the function that computes it. */
    public record Entry(String name, String func) {}

    public Plan {
        funcs = List.copyOf(funcs);
        entrypoints = List.copyOf(entrypoints);
        constants = List.copyOf(constants);
        sites = List.copyOf(sites);
    }
}
