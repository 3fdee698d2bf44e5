package dev.rampart.template.resolve;

import dev.rampart.template.tree.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a template expression resolves to: a known value, a reference to a template resource, or
 * {@link Unknown} with the reason and the place of the expression that could not be resolved.
 */
public sealed interface Value
        permits Value.Text, Value.Number, Value.Bool, Value.Null, Value.ListValue, Value.MapValue,
                Value.ResourceRef, Value.Unknown, Value.NoValue {

    /** A string. */
    record Text(String value) implements Value {}

    /** A number, as written. */
    record Number(String text) implements Value {}

    /** A boolean. */
    record Bool(boolean value) implements Value {}

    /** An explicit null in the template. */
    record Null() implements Value {}

    /** A list; elements may be {@link Unknown}. */
    record ListValue(List<Value> items) implements Value {
        public ListValue {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    /** A map in template order; values may be {@link Unknown}. */
    record MapValue(Map<String, Value> entries) implements Value {
        public MapValue {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        /** The value under {@code key}, or null when absent. */
        public Value get(String key) {
            return entries.get(key);
        }
    }

    /**
     * A reference to a resource Rampart models: as a field it is the resource's snapshot id; inside a
     * string (Fn::Sub, Fn::Join) it is unknown, because the physical id exists only after deployment.
     */
    record ResourceRef(String id, String type, String logicalId) implements Value {}

    /**
     * A value that could not be resolved.
     *
     * @param reason why, for the gap entry
     * @param at the expression that could not be resolved
     * @param parts when the value is a string built from pieces (Fn::Sub, Fn::Join): its pieces, some known
     *     text, some references to resources (physical ids exist only after deployment), some unknown; null
     *     when nothing is known about it
     */
    record Unknown(String reason, SourcePosition at, List<Part> parts) implements Value {
        public Unknown {
            parts = parts == null ? null : Collections.unmodifiableList(new ArrayList<>(parts));
        }

        public Unknown(String reason, SourcePosition at) {
            this(reason, at, null);
        }

        /** The known text joined, each other piece written as {@code hole}; null when nothing is known. */
        public String partialText(String hole) {
            if (parts == null) {
                return null;
            }
            StringBuilder b = new StringBuilder();
            for (Part p : parts) {
                b.append(p instanceof Part.Literal l ? l.text() : hole);
            }
            return b.toString();
        }
    }

    /** A piece of a partly known string. */
    sealed interface Part permits Part.Literal, Part.Reference, Part.Hole {
        /** Known text. */
        record Literal(String text) implements Part {}

        /** The physical id of a resource: unknown text, but known to name that resource. */
        record Reference(ResourceRef ref) implements Part {}

        /** Text that could not be resolved. */
        record Hole() implements Part {}
    }

    /** {@code AWS::NoValue}: the property or list element is removed. */
    record NoValue() implements Value {}

    Null NULL = new Null();
    NoValue NO_VALUE = new NoValue();
}
