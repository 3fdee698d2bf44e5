package dev.rampart.rego.plan;

import dev.rampart.rego.ir.Operand.Const;

/** What a function is replaced with under {@code with f as …}. */
sealed interface Mock {

    /** Every call gives this constant. */
    record Constant(Const value) implements Mock {}

    /** Every call gives the value passed in the {@code index}-th slot parameter. */
    record Slot(int index) implements Mock {}

    /** Calls go to this function instead: a built-in's name or a user function's path. */
    record Function(String name) implements Mock {}

    default String key() {
        return switch (this) {
            case Constant c -> c.value().toString();
            case Slot s -> "slot" + s.index();
            case Function f -> "fn:" + f.name();
        };
    }
}
