package dev.rampart.engine;

import dev.rampart.snapshot.Location;
import dev.rampart.snapshot.Resource;
import dev.rampart.wasm.value.ArrayValue;
import dev.rampart.wasm.value.ObjectValue;
import dev.rampart.wasm.value.SetValue;
import dev.rampart.wasm.value.StringValue;
import dev.rampart.wasm.value.Value;
import dev.rampart.wasm.value.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the values of a rule's {@code deny} and {@code unknown} documents into findings and unknowns, checking
 * the shape docs/policies.md promises; a policy that breaks it is a {@link PolicyException} naming its file.
 */
final class ResultMapper {
    private static final int SHOWN = 200;

    private ResultMapper() {}

    static List<Finding> findings(RuleInfo rule, Value deny, SnapshotInput input) {
        List<Finding> out = new ArrayList<>();
        Map<String, Integer> perResource = new HashMap<>();
        for (Value element : elements(rule, "deny", deny)) {
            ObjectValue o = object(rule, "deny", element);
            String resource = requiredString(rule, "deny", o, "resource");
            String message = requiredString(rule, "deny", o, "message");
            Severity severity = rule.severity();
            Value s = o.get("severity");
            if (s != null) {
                severity = s instanceof StringValue text ? Severity.parse(text.value()) : null;
                if (severity == null) {
                    throw bad(rule, "deny", "has a \"severity\" that is not critical, high, medium, low or info", o);
                }
            }
            Value details = o.get("details");
            if (details != null && !(details instanceof ObjectValue)) {
                throw bad(rule, "deny", "has \"details\" that are not an object", o);
            }
            Resource r = input.resource(resource);
            Location at = r == null ? Location.NONE : r.location();
            String account = r == null ? null : r.account();
            out.add(new Finding(rule.id(), severity, resource, r == null ? null : r.collection(), message,
                    details == null ? ObjectValue.EMPTY : (ObjectValue) details, at, account,
                    r == null ? null : r.region(), Fingerprints.of(rule.id(), resource, at, account), null, null));
            perResource.merge(resource, 1, Integer::sum);
        }
        // Several findings on one resource: each message keeps its own identity (Fingerprints.distinct).
        out.replaceAll(f -> perResource.get(f.resourceId()) > 1
                ? withFingerprint(f, Fingerprints.distinct(f.fingerprint(), f.message())) : f);
        return out;
    }

    static List<Unknown> unknowns(RuleInfo rule, Value unknown, SnapshotInput input) {
        List<Unknown> out = new ArrayList<>();
        for (Value element : elements(rule, "unknown", unknown)) {
            ObjectValue o = object(rule, "unknown", element);
            String resource = requiredString(rule, "unknown", o, "resource");
            String reason = requiredString(rule, "unknown", o, "reason");
            Resource r = input.resource(resource);
            out.add(new Unknown(rule.id(), resource, reason, r == null ? Location.NONE : r.location()));
        }
        return out;
    }

    private static Finding withFingerprint(Finding f, String fingerprint) {
        return new Finding(f.ruleId(), f.severity(), f.resourceId(), f.resourceKind(), f.message(), f.details(),
                f.location(), f.account(), f.region(), fingerprint, f.suppression(), f.baseline());
    }

    private static List<Value> elements(RuleInfo rule, String document, Value v) {
        return switch (v) {
            case null -> List.of(); // undefined: nothing to report
            case SetValue s -> s.asList();
            case ArrayValue a -> a.asList();
            default -> throw new PolicyException(rule.source() + ": " + document + " of package " + rule.packagePath()
                    + " (" + rule.id() + ") must be a set of objects, not a " + v.typeName());
        };
    }

    private static ObjectValue object(RuleInfo rule, String document, Value element) {
        if (element instanceof ObjectValue o) {
            return o;
        }
        throw new PolicyException(rule.source() + ": " + document + " of package " + rule.packagePath() + " ("
                + rule.id() + ") must hold objects, but holds " + shown(element));
    }

    private static String requiredString(RuleInfo rule, String document, ObjectValue o, String key) {
        if (o.get(key) instanceof StringValue s && !s.value().isBlank()) {
            return s.value();
        }
        throw bad(rule, document, "has no \"" + key + "\" string", o);
    }

    private static PolicyException bad(RuleInfo rule, String document, String problem, ObjectValue o) {
        return new PolicyException(rule.source() + ": an element of " + document + " in package " + rule.packagePath()
                + " (" + rule.id() + ") " + problem + ": " + shown(o));
    }

    private static String shown(Value v) {
        String json = Values.toJson(v);
        return json.length() <= SHOWN ? json : json.substring(0, SHOWN) + "…";
    }
}
