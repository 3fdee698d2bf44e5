package dev.rampart.rego.compile;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Var;
import java.util.Set;

/** Makes fresh local variable names ({@code __local0__}, {@code __local1__} …) that clash with no existing name. */
final class VarGenerator {

    private final String prefix;
    private final Set<String> taken;
    private int next;

    VarGenerator(String prefix, Set<String> taken) {
        this.prefix = prefix;
        this.taken = taken;
    }

    String next() {
        while (true) {
            String name = prefix + next++ + "__";
            if (!taken.contains(name)) {
                return name;
            }
        }
    }

    Var nextVar(Location at) {
        return new Var(next(), at);
    }
}
