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
     * {@code v} as a string inside a larger string (Fn::Sub, Fn::Join): the text of a scalar; for a resource
     * reference an unknown that still names the resource (its physical id exists only after deployment),
     * so that splitting the string again gives the references back; unknown for everything else.
     */
    public static Value asText(Value v, SourcePosition at, String context) {
        String text = scalarText(v);
        if (text != null) {
            return new Value.Text(text);
        }
        return switch (v) {
            case Value.Unknown u -> u;
            case Value.ResourceRef r -> new Value.Unknown("the physical id of " + r.logicalId() + " (used in "
                    + context + ") exists only after deployment", at, List.of(new Value.Part.Reference(r)));
            case Value.Null n -> new Value.Text("");
            default -> throw new TemplateFormatException(at, context + " expects a string here, not " + describe(v));
        };
    }

    /**
     * Concatenates pieces that are each known text or unknown: known text when all are known, else an
     * unknown that keeps what is known of each piece (so {@code com.amazonaws.${AWS::Region}.ecr.api} still
     * names its service, and a joined list of subnet references can be split back into references).
     */
    public static Value concat(List<Value> pieces, SourcePosition at, String context) {
        StringBuilder b = new StringBuilder();
        List<Value.Part> parts = new ArrayList<>();
        Value.Unknown first = null;
        for (Value piece : pieces) {
            switch (piece) {
                case Value.Text t -> {
                    b.append(t.value());
                    parts.add(new Value.Part.Literal(t.value()));
                }
                case Value.Unknown u -> {
                    if (first == null || first.parts() != null && u.parts() == null) {
                        first = u; // the reason of a real unknown beats that of a reference
                    }
                    parts.addAll(u.parts() != null ? u.parts() : List.of(new Value.Part.Hole()));
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
    private static List<Value.Part> merge(List<Value.Part> parts) {
        List<Value.Part> out = new ArrayList<>();
        for (Value.Part p : parts) {
            int last = out.size() - 1;
            if (p instanceof Value.Part.Literal l && last >= 0 && out.get(last) instanceof Value.Part.Literal prev) {
                out.set(last, new Value.Part.Literal(prev.text() + l.text()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Splits a partly known string at {@code delimiter} when that is still meaningful: every piece between
     * delimiters must be known text or exactly one resource reference (e.g. {@code Fn::Join [",", [Ref A,
     * Ref B]]} splits back into the two references). Null when it is not.
     */
    public static Value.ListValue split(Value.Unknown u, String delimiter) {
        if (u.parts() == null) {
            return null;
        }
        List<Value> items = new ArrayList<>();
        List<Value.Part> current = new ArrayList<>();
        for (Value.Part p : u.parts()) {
            if (p instanceof Value.Part.Literal l) {
                String[] pieces = l.text().split(java.util.regex.Pattern.quote(delimiter), -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        Value item = item(current);
                        if (item == null) {
                            return null;
                        }
                        items.add(item);
                        current = new ArrayList<>();
                    }
                    if (!pieces[i].isEmpty()) {
                        current.add(new Value.Part.Literal(pieces[i]));
                    }
                }
            } else {
                current.add(p);
            }
        }
        Value last = item(current);
        if (last == null) {
            return null;
        }
        items.add(last);
        return new Value.ListValue(items);
    }

    private static Value item(List<Value.Part> parts) {
        if (parts.isEmpty()) {
            return new Value.Text("");
        }
        if (parts.size() == 1) {
            return switch (parts.get(0)) {
                case Value.Part.Literal l -> new Value.Text(l.text());
                case Value.Part.Reference r -> r.ref();
                case Value.Part.Hole h -> null;
            };
        }
        return null;
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
