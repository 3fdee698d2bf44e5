package dev.rampart.rego.plan;

import dev.rampart.rego.ir.Operand;
import dev.rampart.rego.ir.Operand.Local;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the current expression finds {@code input} and {@code data} (locals that {@code with} may have
 * replaced), the variant it is planned in, and the locals holding the variant's slot values.
 */
record Ctx(Local input, Local data, Variant variant, List<Local> slots) {

    Ctx {
        slots = List.copyOf(slots);
    }

    Ctx withInput(Local in) {
        return new Ctx(in, data, variant, slots);
    }

    Ctx withData(Local d) {
        return new Ctx(input, d, variant, slots);
    }

    Ctx withVariant(Variant v, List<Local> s) {
        return new Ctx(input, data, v, s);
    }

    /** The arguments every planned function takes first: input, data, then the slots. */
    List<Operand> baseArgs() {
        List<Operand> args = new ArrayList<>(2 + slots.size());
        args.add(input);
        args.add(data);
        args.addAll(slots);
        return args;
    }
}
