package dev.rampart.rego.conformance;

import dev.rampart.rego.ConformanceCorpus;
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
import dev.rampart.wasm.value.Values;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the corpus' YAML files into {@link CorpusCase}s, decoding each corpus' special encodings. */
final class CorpusLoader {

    /** What {@code "#undefined"} stands for in a regorus expectation: no value, which nothing equals. */
    static final Value UNDEFINED = StringValue.of("\u0000#undefined");

    private CorpusLoader() {}

    static List<CorpusCase> load(Path root) {
        List<CorpusCase> out = new ArrayList<>();
        for (Path f : ConformanceCorpus.files(root)) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            String text;
            try {
                text = Files.readString(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // Each corpus as its own runner reads it: OPA's loader is YAML 1.1 (as Values.fromYaml), regorus'
            // serde_yaml is YAML 1.2, where a key such as `y` is a string rather than the boolean true.
            Value doc = rel.startsWith("opa/") ? Values.fromYaml(text, rel) : Yaml12.read(text, rel);
            if (!(doc instanceof ObjectValue o) || !(o.get("cases") instanceof ArrayValue cases)) {
                throw new IllegalStateException(rel + ": no cases list");
            }
            for (Value c : cases.asList()) {
                ObjectValue cas = (ObjectValue) c;
                out.add(rel.startsWith("opa/") ? opa(rel, cas) : regorus(rel, cas));
            }
        }
        return out;
    }

    static CorpusCase.Opa opa(String file, ObjectValue c) {
        Value input = c.get("input");
        if (c.get("input_term") instanceof StringValue term) {
            RegoParser.TermResult r = RegoParser.parseTerm(term.value(), "input_term");
            if (!r.errors().isEmpty()) {
                throw new IllegalStateException(file + ": input_term does not parse: " + r.errors());
            }
            input = termValue(r.term());
        }
        List<ObjectValue> want = null;
        if (c.get("want_result") instanceof ArrayValue rows) {
            want = new ArrayList<>();
            for (Value row : rows.asList()) {
                want.add((ObjectValue) row);
            }
        }
        return new CorpusCase.Opa(file, note(c), modules(c), data(c), input, text(c, "query"), want,
                bool(c, "sort_bindings", false), text(c, "want_error_code"), text(c, "want_error"),
                bool(c, "strict_error", false));
    }

    static CorpusCase.Regorus regorus(String file, ObjectValue c) {
        List<Value> inputs = new ArrayList<>();
        Value input = c.get("input");
        if (many(input) instanceof ArrayValue all) {
            inputs.addAll(all.asList());
        } else if (input != null) {
            inputs.add(input);
        }
        List<Value> want = null;
        Value w = c.get("want_result");
        if (w != null) {
            want = new ArrayList<>();
            if (many(w) instanceof ArrayValue all) {
                for (Value v : all.asList()) {
                    want.add(decodeRegorus(v));
                }
            } else {
                want.add(decodeRegorus(w));
            }
        }
        List<String> prints = null;
        if (c.get("want_prints") instanceof ArrayValue ps) {
            prints = ps.asList().stream().map(p -> ((StringValue) p).value()).toList();
        }
        Value error = c.get("error");
        return new CorpusCase.Regorus(file, note(c), modules(c), data(c), inputs, text(c, "query"), want,
                bool(c, "no_result", false), error == null ? null : error instanceof StringValue s ? s.value()
                        : Values.toJson(error), bool(c, "strict", true), !file.equals("regorus/binding/bindings.yaml"),
                bool(c, "skip", false), prints);
    }

    /** The list of a {@code {many!: [...]}} value, else null. */
    private static Value many(Value v) {
        return v instanceof ObjectValue o && o.size() == 1 && o.get("many!") instanceof ArrayValue a ? a : null;
    }

    /**
     * A regorus expectation with its encodings decoded: {@code {set!: [...]}} is a set, {@code {object!: [{key,
     * value}...]}} an object with keys of any kind, {@code "#undefined"} no value.
     */
    static Value decodeRegorus(Value v) {
        return switch (v) {
            case StringValue s when s.value().equals("#undefined") -> UNDEFINED;
            case ObjectValue o when o.size() == 1 && o.get("set!") instanceof ArrayValue members -> {
                SetValue.Builder b = SetValue.builder(members.size());
                members.asList().forEach(m -> b.add(decodeRegorus(m)));
                yield b.build();
            }
            case ObjectValue o when o.size() == 1 && o.get("object!") instanceof ArrayValue entries -> {
                ObjectValue.Builder b = ObjectValue.builder(entries.size());
                for (Value e : entries.asList()) {
                    ObjectValue kv = (ObjectValue) e;
                    b.put(decodeRegorus(kv.get("key")), decodeRegorus(kv.get("value")));
                }
                yield b.build();
            }
            case ObjectValue o -> {
                ObjectValue.Builder b = ObjectValue.builder(o.size());
                o.forEach((k, val) -> b.put(decodeRegorus(k), decodeRegorus(val)));
                yield b.build();
            }
            case ArrayValue a -> {
                ArrayValue.Builder b = ArrayValue.builder(a.size());
                a.asList().forEach(e -> b.add(decodeRegorus(e)));
                yield b.build();
            }
            default -> v;
        };
    }

    /** A ground Rego term (an {@code input_term}) as a value. */
    static Value termValue(Term t) {
        return switch (t) {
            case NullTerm n -> NullValue.INSTANCE;
            case BooleanTerm b -> BooleanValue.of(b.value());
            case NumberTerm n -> NumberValue.parse(n.text());
            case StringTerm s -> StringValue.of(s.value());
            case ArrayTerm a -> ArrayValue.of(a.elements().stream().map(CorpusLoader::termValue).toList());
            case SetTerm s -> SetValue.of(s.elements().stream().map(CorpusLoader::termValue).toList());
            case ObjectTerm o -> {
                ObjectValue.Builder b = ObjectValue.builder(o.entries().size());
                o.entries().forEach(e -> b.put(termValue(e.key()), termValue(e.value())));
                yield b.build();
            }
            default -> throw new IllegalArgumentException("input_term is not ground: " + t);
        };
    }

    private static String note(ObjectValue c) {
        Value n = c.get("note");
        return n instanceof StringValue s ? s.value() : String.valueOf(n);
    }

    private static List<String> modules(ObjectValue c) {
        List<String> out = new ArrayList<>();
        if (c.get("modules") instanceof ArrayValue ms) {
            ms.asList().forEach(m -> out.add(((StringValue) m).value()));
        }
        return out;
    }

    private static Value data(ObjectValue c) {
        Value d = c.get("data");
        return d == null || d instanceof NullValue ? ObjectValue.EMPTY : d;
    }

    private static String text(ObjectValue c, String field) {
        return c.get(field) instanceof StringValue s ? s.value() : null;
    }

    private static boolean bool(ObjectValue c, String field, boolean dflt) {
        return c.get(field) instanceof BooleanValue b ? b.value() : dflt;
    }
}
