package dev.rampart.template.resolve;

import dev.rampart.template.tree.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** Small conversions between resolved values that several intrinsic functions share. */
public final class Values {
    private Values() {}

    /** The text of a known scalar (string, number, boolean), else null. */
    public static String scalarText(Value v) {
        return switch (v) {
            case Value.Text t -> t.value();
            case Value.Number n -> n.text();
            case Value.Bool b -> Boolean.toString(b.value());
            default -> null;
        };
    }

    /**
     * {@code v} as a string inside a larger string (Fn::Sub, Fn::Join): the text of a scalar; unknown for
     * resource references (physical ids exist only after deployment), lists, maps and unknowns.
     */
    public static Value asText(Value v, SourcePosition at, String context) {
        String text = scalarText(v);
        if (text != null) {
            return new Value.Text(text);
        }
        return switch (v) {
            case Value.Unknown u -> u;
            case Value.ResourceRef r -> new Value.Unknown("the physical id of " + r.logicalId()
                    + " (used in " + context + ") exists only after deployment", at);
            case Value.Null n -> new Value.Text("");
            default -> throw new TemplateFormatException(at, context + " expects a string here, not " + describe(v));
        };
    }

    /**
     * Concatenates pieces that are each known text or unknown: known text when all are known, else an
     * unknown that keeps the known pieces (so {@code com.amazonaws.${AWS::Region}.ecr.api} still names
     * its service).
     */
    public static Value concat(List<Value> pieces, SourcePosition at, String context) {
        StringBuilder b = new StringBuilder();
        List<String> parts = new ArrayList<>();
        Value.Unknown first = null;
        for (Value piece : pieces) {
            switch (piece) {
                case Value.Text t -> {
                    b.append(t.value());
                    parts.add(t.value());
                }
                case Value.Unknown u -> {
                    if (first == null) {
                        first = u;
                    }
                    if (u.parts() != null) {
                        parts.addAll(u.parts());
                    } else {
                        parts.add(null);
                    }
                }
                default -> throw new IllegalArgumentException("not a text piece: " + piece);
            }
        }
        if (first == null) {
            return new Value.Text(b.toString());
        }
        return new Value.Unknown(first.reason(), first.at(), merge(parts));
    }

    // Adjacent known pieces joined, so partial text reads naturally.
    private static List<String> merge(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            int last = out.size() - 1;
            if (p != null && last >= 0 && out.get(last) != null) {
                out.set(last, out.get(last) + p);
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Whether two values are known and equal the way CloudFormation compares them (scalars by their
     * text, so {@code 1} equals {@code "1"}); null when either is (or contains) something unknown.
     */
    public static Boolean knownEquals(Value a, Value b) {
        String ta = scalarText(a);
        String tb = scalarText(b);
        if (ta != null && tb != null) {
            return ta.equals(tb);
        }
        if (a instanceof Value.ResourceRef ra && b instanceof Value.ResourceRef rb) {
            return ra.id().equals(rb.id());
        }
        if (a instanceof Value.ListValue la && b instanceof Value.ListValue lb) {
            if (la.items().size() != lb.items().size()) {
                return isFullyKnown(a) && isFullyKnown(b) ? false : null;
            }
            boolean all = true;
            for (int i = 0; i < la.items().size(); i++) {
                Boolean e = knownEquals(la.items().get(i), lb.items().get(i));
                if (e == null) {
                    return null;
                }
                all &= e;
            }
            return all;
        }
        if (a instanceof Value.Null && b instanceof Value.Null) {
            return true;
        }
        if (!isFullyKnown(a) || !isFullyKnown(b)) {
            return null;
        }
        return a.equals(b);
    }

    /** Whether nothing inside {@code v} is unknown or a resource reference. */
    public static boolean isFullyKnown(Value v) {
        return switch (v) {
            case Value.Unknown u -> false;
            case Value.ResourceRef r -> false;
            case Value.ListValue l -> l.items().stream().allMatch(Values::isFullyKnown);
            case Value.MapValue m -> m.entries().values().stream().allMatch(Values::isFullyKnown);
            default -> true;
        };
    }

    /** A short description of a value's shape for messages. */
    public static String describe(Value v) {
        return switch (v) {
            case Value.Text t -> "a string";
            case Value.Number n -> "a number";
            case Value.Bool b -> "a boolean";
            case Value.Null n -> "null";
            case Value.ListValue l -> "a list";
            case Value.MapValue m -> "a map";
            case Value.ResourceRef r -> "a reference to " + r.logicalId();
            case Value.Unknown u -> "an unknown value";
            case Value.NoValue n -> "AWS::NoValue";
        };
    }
}
