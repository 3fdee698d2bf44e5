package dev.rampart.rego.ir;

import dev.rampart.rego.Location;
import dev.rampart.rego.ir.Operand.Local;
import java.util.List;

/**
 * A planned function: a rule set, a materialised document, a query, or a comprehension hoisted by the planner.
 *
 * @param name     unique name, e.g. {@code data.pkg.p}
 * @param params   parameters: always {@code input} and {@code data} first, then the function's own
 * @param result   the local returned (undefined: the function's value is undefined)
 * @param locals   number of locals used, parameters included
 * @param body     the statements
 * @param memoized whether the result may be cached per evaluation for the same {@code input} and {@code data}
 * @param location where it was defined, or {@link Location#NONE}
 */
public record Func(String name, List<Local> params, Local result, int locals, Block body, boolean memoized,
        Location location) {
    public Func {
        params = List.copyOf(params);
    }
}
