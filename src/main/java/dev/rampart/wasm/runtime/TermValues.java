package dev.rampart.wasm.runtime;

import dev.rampart.RampartException;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.BooleanTerm;
import dev.rampart.rego.ast.NullTerm;
import dev.rampart.rego.ast.NumberTerm;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.parse.RegoParser;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.NullValue;
import dev.rampart.wasm.value.NumberValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;

/** Ground Rego terms as host values: constants of modules, and Rego-syntax documents such as OPA's {@code input_term}. */
public final class TermValues {
    private TermValues() {}

    /** The value of a ground term (scalars and collections of them). */
    public static Value of(Term t) {
        return switch (t) {
            case NullTerm n -> NullValue.INSTANCE;
            case BooleanTerm b -> BooleanValue.of(b.value());
            case NumberTerm n -> NumberValue.parse(n.text());
            case StringTerm s -> StringValue.of(s.value());
            case ArrayTerm a -> {
                ArrayValue.Builder b = ArrayValue.builder(a.elements().size());
                a.elements().forEach(e -> b.add(of(e)));
                yield b.build();
            }
            case SetTerm s -> {
                SetValue.Builder b = SetValue.builder(s.elements().size());
                s.elements().forEach(e -> b.add(of(e)));
                yield b.build();
            }
            case ObjectTerm o -> {
                ObjectValue.Builder b = ObjectValue.builder(o.entries().size());
                o.entries().forEach(e -> b.put(of(e.key()), of(e.value())));
                yield b.build();
            }
            default -> throw new IllegalArgumentException("not a ground term: " + t);
        };
    }

    /** Parses Rego term text (e.g. {@code {"a": {1, 2}}}) into a value. */
    public static Value parse(String text, String sourceName) {
        RegoParser.TermResult r = RegoParser.parseTerm(text, sourceName);
        if (!r.errors().isEmpty()) {
            throw new RampartException(r.errors().get(0).format());
        }
        if (!r.term().isGround()) {
            throw new RampartException(sourceName + ": not a constant: " + text);
        }
        return of(r.term());
    }
}
