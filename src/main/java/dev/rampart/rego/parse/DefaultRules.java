package dev.rampart.rego.parse;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.ArrayTerm;
import dev.rampart.rego.ast.Call;
import dev.rampart.rego.ast.Head;
import dev.rampart.rego.ast.ObjectTerm;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.SetTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.rego.ast.Var;
import java.util.HashSet;
import java.util.Set;

/** OPA's parse-time rules for {@code default}: a constant value and plain, distinct variable arguments. */
final class DefaultRules {

    private DefaultRules() {}

    static boolean validate(ParserBase p, Head head, Location at) {
        if (head.value() == null) {
            p.error(at, "illegal default rule (must have a value)");
            return false;
        }
        String bad = forbiddenIn(head.value());
        if (bad != null) {
            p.error(at, "illegal default rule (value cannot contain " + bad + ")");
            return false;
        }
        Set<String> seen = new HashSet<>();
        for (Term arg : head.args()) {
            if (!(arg instanceof Var v)) {
                p.error(at, "illegal default rule (arguments cannot contain " + TermParser.valueName(arg) + ")");
                return false;
            }
            if (!seen.add(v.name())) {
                p.error(at, "illegal default rule (arguments cannot be repeated " + v.name() + ")");
                return false;
            }
        }
        return true;
    }

    /** The first kind of non-constant term in {@code t} outside comprehensions, or null. */
    private static String forbiddenIn(Term t) {
        return switch (t) {
            case Ref r -> "ref";
            case Var v -> "var";
            case Call c -> "call";
            case ArrayTerm a -> a.elements().stream().map(DefaultRules::forbiddenIn)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            case SetTerm s -> s.elements().stream().map(DefaultRules::forbiddenIn)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            case ObjectTerm o -> o.entries().stream()
                    .map(e -> { String k = forbiddenIn(e.key()); return k != null ? k : forbiddenIn(e.value()); })
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            default -> null;
        };
    }
}
