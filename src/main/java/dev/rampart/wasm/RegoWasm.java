package dev.rampart.wasm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import dev.rampart.rego.ir.Plan;
import dev.rampart.rego.plan.Planner;
import dev.rampart.wasm.emit.ModuleEmitter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Compiles a Rego policy set to one WebAssembly module and loads it on Chicory. */
public final class RegoWasm {
    private RegoWasm() {}

    /**
     * Plans the entrypoints of {@code policy}, emits the module and loads it.
     *
     * @throws dev.rampart.RampartException when the policy uses something the planner cannot lower
     */
    public static RampartProgram compile(CompiledPolicy policy, List<Entrypoint> entrypoints) {
        return RampartProgram.load(ModuleEmitter.emit(plan(policy, entrypoints)));
    }

    /** The IR of the entrypoints (for debugging and tests). */
    public static Plan plan(CompiledPolicy policy, List<Entrypoint> entrypoints) {
        List<Planner.Target> targets = new ArrayList<>();
        for (Entrypoint e : entrypoints) {
            targets.add(switch (e) {
                case Entrypoint.Document d -> new Planner.Target.Document(d.name(), dataRef(d.path()));
                case Entrypoint.Query q -> new Planner.Target.Query(q.name(), q.query());
            });
        }
        return Planner.plan(policy, targets);
    }

    /**
     * {@code data.a.b} as a ref of string keys; keys that are not names are written as Rego writes them,
     * in brackets ({@code data.a["test_x#01"]}, {@code data.x["a.b"]}).
     */
    static Ref dataRef(String path) {
        if (!path.equals("data") && !path.startsWith("data.") && !path.startsWith("data[")) {
            throw new IllegalArgumentException("not a data path: " + path);
        }
        List<Term> terms = new ArrayList<>();
        terms.add(new Var("data", Location.NONE));
        int i = 4;
        while (i < path.length()) {
            if (path.charAt(i) == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                terms.add(new StringTerm(path.substring(i + 1, end), Location.NONE));
                i = end;
            } else if (path.charAt(i) == '[') {
                i = bracketKey(path, i, terms);
            } else {
                throw new IllegalArgumentException("not a data path: " + path);
            }
        }
        return new Ref(terms, Location.NONE);
    }

    /** Reads {@code ["key"]} at {@code open}, a JSON string in brackets; returns the index after {@code ]}. */
    private static int bracketKey(String path, int open, List<Term> terms) {
        if (!path.startsWith("\"", open + 1)) {
            throw new IllegalArgumentException("not a data path (keys in brackets are strings): " + path);
        }
        try (JsonParser p = JSON.createParser(path.substring(open + 1))) {
            if (p.nextToken() != JsonToken.VALUE_STRING) {
                throw new IllegalArgumentException("not a data path (keys in brackets are strings): " + path);
            }
            terms.add(new StringTerm(p.getText(), Location.NONE));
            int close = open + 1 + (int) p.currentLocation().getCharOffset();
            if (close >= path.length() || path.charAt(close) != ']') {
                throw new IllegalArgumentException("not a data path (] expected after a key): " + path);
            }
            return close + 1;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a data path: " + path + " (" + e.getMessage() + ")", e);
        }
    }

    private static final JsonFactory JSON = new JsonFactory();
}
