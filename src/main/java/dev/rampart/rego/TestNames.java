package dev.rampart.rego;

import dev.rampart.rego.ast.Module;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.Rule;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code opa test}'s renaming of repeated tests. Two definitions of {@code test_allow} in a package are one
 * rule to the language — it is true when either body is — so a failing copy would hide behind a passing one.
 * OPA's test runner therefore names the second definition {@code test_allow#01}, the third {@code #02} (in
 * file order, then source order), and each runs and reports on its own.
 */
final class TestNames {
    private static final String TEST_PREFIX = "test_";

    private TestNames() {}

    static List<Module> numberDuplicates(List<Module> modules) {
        List<Module> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing(Module::file));
        Map<String, Integer> seen = new HashMap<>();
        List<Module> out = new ArrayList<>();
        for (Module m : sorted) {
            List<Rule> rules = new ArrayList<>();
            for (Rule r : m.rules()) {
                rules.add(number(m, r, seen));
            }
            out.add(m.withRules(rules));
        }
        return out;
    }

    private static Rule number(Module m, Rule r, Map<String, Integer> seen) {
        Ref ref = r.head().ref();
        if (ref.size() != 1 || !(ref.head() instanceof Var name) || !name.name().startsWith(TEST_PREFIX)
                || !r.head().args().isEmpty()) {
            return r;
        }
        String key = m.pkg().path() + "." + name.name();
        int n = seen.merge(key, 1, Integer::sum) - 1;
        if (n == 0) {
            return r;
        }
        Var renamed = new Var(String.format("%s#%02d", name.name(), n), name.location());
        return r.withHead(r.head().withRef(new Ref(List.<Term>of(renamed), ref.location())));
    }
}
