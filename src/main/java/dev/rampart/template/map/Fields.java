package dev.rampart.template.map;

import dev.rampart.snapshot.JsonEnum;
import dev.rampart.snapshot.Location;
import dev.rampart.template.resolve.Value;
import dev.rampart.template.resolve.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads resolved values into snapshot field types for one resource. A value that is absent gives
 * {@code null} (or the caller's AWS default); a value that is unknown gives {@code null} and a gap naming
 * the field's JSON pointer; so a mapper never forgets to record why a field is null.
 */
final class Fields {
    private final String resourceId;
    private final Location owner;
    private final GapSink gaps;
    private final Value properties;
    private final Map<String, String> stackTags;

    Fields(TemplateResource r, GapSink gaps) {
        this(r.id(), r.location(), gaps, r.properties(), r.scope().definition().tags());
    }

    Fields(String resourceId, Location owner, GapSink gaps, Value properties) {
        this(resourceId, owner, gaps, properties, Map.of());
    }

    private Fields(String resourceId, Location owner, GapSink gaps, Value properties, Map<String, String> stackTags) {
        this.resourceId = resourceId;
        this.owner = owner;
        this.gaps = gaps;
        this.properties = properties;
        this.stackTags = stackTags;
    }

    String resourceId() {
        return resourceId;
    }

    Location owner() {
        return owner;
    }

    /** A property of the resource; null when absent, the unknown itself when all properties are unknown. */
    Value prop(String name) {
        return get(properties, name);
    }

    /** {@code container[key]}: null when absent or {@code container} is not a map; unknown stays unknown. */
    static Value get(Value container, String key) {
        return switch (container) {
            case null -> null;
            case Value.MapValue m -> m.get(key);
            case Value.Unknown u -> u;
            default -> null;
        };
    }

    /** The text of a scalar, or a reference's id. */
    String string(String pointer, Value v) {
        return switch (v) {
            case null -> null;
            case Value.Unknown u -> unknown(pointer, u);
            case Value.ResourceRef r -> r.id();
            case Value.Null n -> null;
            case Value.ListValue l -> wrongShape(pointer, "a string", v);
            case Value.MapValue m -> wrongShape(pointer, "a string", v);
            default -> Values.scalarText(v);
        };
    }

    String string(String pointer, Value v, String whenAbsent) {
        return v == null ? whenAbsent : string(pointer, v);
    }

    Integer integer(String pointer, Value v) {
        String text = string(pointer, v);
        if (text == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            note(pointer, "\"" + text + "\" is not a whole number");
            return null;
        }
    }

    Boolean bool(String pointer, Value v) {
        String text = string(pointer, v);
        if (text == null) {
            return null;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                note(pointer, "\"" + text + "\" is not true or false");
                yield null;
            }
        };
    }

    Boolean bool(String pointer, Value v, boolean whenAbsent) {
        return v == null ? Boolean.valueOf(whenAbsent) : bool(pointer, v);
    }

    /** A closed value set, matched ignoring case; a value outside it is reported and null. */
    <E extends Enum<E> & JsonEnum> E oneOf(String pointer, Value v, Class<E> type) {
        String text = string(pointer, v);
        if (text == null) {
            return null;
        }
        E e = JsonEnum.parse(type, text);
        if (e == null) {
            note(pointer, "\"" + text + "\" is not a known " + type.getSimpleName() + " value");
        }
        return e;
    }

    /** A list of strings (ids stay ids); an unknown element is null with its own gap. */
    List<String> strings(String pointer, Value v) {
        List<Value> items = list(pointer, v);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(string(pointer + "/" + out.size(), items.get(i)));
        }
        return out;
    }

    List<String> strings(String pointer, Value v, List<String> whenAbsent) {
        return v == null ? whenAbsent : strings(pointer, v);
    }

    /** The items of a list value; a single scalar counts as a one-item list, as CloudFormation allows. */
    List<Value> list(String pointer, Value v) {
        return switch (v) {
            case null -> null;
            case Value.Unknown u -> unknown(pointer, u);
            case Value.ListValue l -> l.items();
            case Value.MapValue m -> wrongShape(pointer, "a list", v);
            case Value.Null n -> null;
            default -> List.of(v);
        };
    }

    /**
     * Tags from either shape CloudFormation uses: {@code [{Key, Value}]} or a plain map, over the stack's own
     * tags (CloudFormation applies those to every taggable resource; the resource's win). Absent → the
     * stack's tags. A value that cannot be resolved is null; a key that cannot be resolved drops the tag.
     */
    Map<String, String> tags(Value v) {
        Map<String, String> tags = new LinkedHashMap<>(stackTags);
        switch (v) {
            case null -> {
                return tags;
            }
            case Value.Unknown u -> {
                return unknown("/tags", u);
            }
            case Value.ListValue l -> {
                for (Value item : l.items()) {
                    Value key = get(item, "Key");
                    if (key instanceof Value.Unknown u) {
                        unknown("/tags", u);
                        continue;
                    }
                    String k = Values.scalarText(key == null ? Value.NULL : key);
                    if (k != null) {
                        tags.put(k, string("/tags/" + escape(k), get(item, "Value")));
                    }
                }
            }
            case Value.MapValue m -> m.entries().forEach((k, value) -> tags.put(k, string("/tags/" + escape(k), value)));
            default -> wrongShape("/tags", "a list of tags", v);
        }
        return tags;
    }

    /** Records a gap for {@code pointer} and returns null, so callers can {@code return unknown(…)}. */
    <T> T unknown(String pointer, Value.Unknown why) {
        gaps.unresolved(resourceId, pointer, why, owner);
        return null;
    }

    /** Records a gap with its own reason at the resource's location. */
    void note(String pointer, String reason) {
        gaps.note(resourceId, pointer, reason, owner);
    }

    private <T> T wrongShape(String pointer, String expected, Value v) {
        note(pointer, "expected " + expected + ", found " + Values.describe(v));
        return null;
    }

    /** A JSON pointer token: {@code ~} and {@code /} escaped. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
