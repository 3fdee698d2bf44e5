package dev.rampart.snapshot;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes snapshot records as JSON through Jackson's streaming generator: record components in declaration
 * order under their snake_case names (or their {@code @JsonProperty} name), nulls written, map keys sorted,
 * enums by their {@link JsonEnum} spelling. This is what {@link SnapshotJson}'s mapper would write, but
 * without Jackson databind's start-up cost, which dominated a short {@code rampart snapshot} run.
 */
final class RecordJsonWriter {
    private RecordJsonWriter() {}

    /** A record component as written: its JSON name and its accessor. */
    private record Property(String name, Method accessor) {}

    private static final ClassValue<List<Property>> PROPERTIES = new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
            List<Property> properties = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                JsonProperty explicit = accessor.getAnnotation(JsonProperty.class);
                String name = explicit != null && !explicit.value().isEmpty() ? explicit.value() : snakeCase(c.getName());
                properties.add(new Property(name, accessor));
            }
            return List.copyOf(properties);
        }
    };

    static void write(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Boolean b -> g.writeBoolean(b);
            case JsonEnum e -> g.writeString(e.json());
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                    g.writeFieldName((String) e.getKey());
                    write(g, e.getValue());
                }
                g.writeEndObject();
            }
            case List<?> l -> {
                g.writeStartArray();
                for (Object item : l) {
                    write(g, item);
                }
                g.writeEndArray();
            }
            case Record r -> {
                g.writeStartObject();
                for (Property p : PROPERTIES.get(r.getClass())) {
                    g.writeFieldName(p.name());
                    write(g, get(p, r));
                }
                g.writeEndObject();
            }
            default -> throw new IllegalArgumentException("cannot write " + value.getClass() + " in a snapshot");
        }
    }

    private static Object get(Property p, Record r) {
        try {
            return p.accessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + p.name() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    /** The name Jackson's SNAKE_CASE strategy gives a property: {@code ipv6CidrBlocks} → {@code ipv6_cidr_blocks}. */
    static String snakeCase(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        boolean previousUpper = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (!previousUpper && b.length() > 0 && b.charAt(b.length() - 1) != '_') {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
                previousUpper = true;
            } else {
                b.append(c);
                previousUpper = false;
            }
        }
        return b.toString();
    }
}
