package dev.rampart.rego.plan;

import dev.rampart.rego.ast.Ref;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The replacements {@code with} makes for an expression, which change how the functions it reaches must be
 * planned: functions replaced by values or other functions, and paths of {@code data} whose rules are
 * replaced by (upserted) base data. Functions are planned once per variant. Values known only at run time
 * travel as extra "slot" parameters of every function planned in the variant.
 */
record Variant(Map<String, Mock> functions, List<Ref> dataPaths, int slots) {

    static final Variant NONE = new Variant(Map.of(), List.of(), 0);

    Variant {
        functions = Map.copyOf(functions);
        dataPaths = List.copyOf(dataPaths);
    }

    boolean isNone() {
        return functions.isEmpty() && dataPaths.isEmpty();
    }

    /** True when the rules at {@code path} are replaced by data. */
    boolean overrides(Ref path) {
        for (Ref p : dataPaths) {
            if (path.hasPrefix(p)) {
                return true;
            }
        }
        return false;
    }

    Variant withFunction(String name, Mock mock) {
        Map<String, Mock> f = new TreeMap<>(functions);
        f.put(name, mock);
        return new Variant(f, dataPaths, mock instanceof Mock.Slot ? slots + 1 : slots);
    }

    /** This variant without the replacement of {@code name} (a function mock; slots stay as they are). */
    Variant withoutFunction(String name) {
        Map<String, Mock> f = new TreeMap<>(functions);
        f.remove(name);
        return new Variant(f, dataPaths, slots);
    }

    Variant withDataPath(Ref path) {
        List<Ref> p = new ArrayList<>(dataPaths);
        if (!p.contains(path)) {
            p.add(path);
        }
        return new Variant(functions, p, slots);
    }

    /** A name suffix that tells variants apart; empty for no replacements. */
    String key() {
        if (isNone()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("|with");
        new TreeMap<>(functions).forEach((k, v) -> sb.append(' ').append(k).append('=').append(v.key()));
        dataPaths.stream().map(Ref::toString).sorted().forEach(p -> sb.append(' ').append(p));
        return sb.toString();
    }
}
