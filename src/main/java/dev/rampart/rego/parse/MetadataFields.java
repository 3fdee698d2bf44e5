package dev.rampart.rego.parse;

import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the fields OPA defines for METADATA ({@code title}, {@code custom} …) out of a YAML mapping. */
final class MetadataFields {

    private MetadataFields() {}

    /** The block's fields; throws IllegalArgumentException with OPA's message when one is malformed. */
    static MetadataParser.Block read(Map<?, ?> raw, Location at) {
        {
            String scope = string(raw, "scope");
            String title = string(raw, "title");
            String description = string(raw, "description");
            List<String> orgs = new ArrayList<>();
            for (Object o : list(raw, "organizations")) {
                orgs.add(scalarString(o, "organizations"));
            }
            List<Annotation.RelatedResource> related = new ArrayList<>();
            for (Object o : list(raw, "related_resources")) {
                related.add(relatedResource(o));
            }
            List<Annotation.Author> authors = new ArrayList<>();
            for (Object o : list(raw, "authors")) {
                authors.add(author(o));
            }
            List<Annotation.SchemaRef> schemas = new ArrayList<>();
            for (Object o : list(raw, "schemas")) {
                schemas.add(schema(o));
            }
            Map<String, Object> custom = new LinkedHashMap<>();
            Object c = raw.get("custom");
            if (c != null) {
                if (!(c instanceof Map<?, ?>)) {
                    throw new IllegalArgumentException("yaml: cannot unmarshal " + MetadataParser.describe(c)
                            + " into custom (a mapping)");
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) MetadataParser.plain(c, "");
                custom.putAll(m);
            }
            boolean entrypoint = false;
            Object e = raw.get("entrypoint");
            if (e != null) {
                if (!(e instanceof Boolean b)) {
                    throw new IllegalArgumentException("yaml: cannot unmarshal " + MetadataParser.describe(e)
                            + " into entrypoint (a boolean)");
                }
                entrypoint = b;
            }
            Annotation a = new Annotation(null, title, description, orgs, related, authors, schemas, custom,
                    entrypoint, at, null, null);
            return new MetadataParser.Block(a, scope);
        }
    }

    private static String string(Map<?, ?> raw, String key) {
        Object v = raw.get(key);
        return v == null ? null : scalarString(v, key);
    }

    private static String scalarString(Object v, String key) {
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            throw new IllegalArgumentException("yaml: cannot unmarshal " + MetadataParser.describe(v) + " into "
                    + key + " (a string)");
        }
        return String.valueOf(v);
    }

    private static List<?> list(Map<?, ?> raw, String key) {
        Object v = raw.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw new IllegalArgumentException("yaml: cannot unmarshal " + MetadataParser.describe(v) + " into "
                    + key + " (a sequence)");
        }
        return l;
    }

    private static Annotation.RelatedResource relatedResource(Object o) {
        if (o instanceof String s) {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("invalid related-resource definition: ref URL may not be empty string");
            }
            return new Annotation.RelatedResource(s, null);
        }
        if (o instanceof Map<?, ?> m) {
            String ref = m.get("ref") == null ? "" : String.valueOf(m.get("ref")).strip();
            if (ref.isEmpty()) {
                throw new IllegalArgumentException("invalid related-resource definition " + o
                        + ": 'ref' value required in object");
            }
            Object d = m.get("description");
            return new Annotation.RelatedResource(ref, d == null ? null : String.valueOf(d).strip());
        }
        throw new IllegalArgumentException("invalid related-resource definition " + o
                + ": invalid value type, must be string or map");
    }

    private static Annotation.Author author(Object o) {
        if (o instanceof String s) {
            String[] parts = s.strip().split("\\s+");
            if (s.isBlank()) {
                throw new IllegalArgumentException("invalid author definition: author is an empty string");
            }
            String last = parts[parts.length - 1];
            if (last.length() >= 2 && last.startsWith("<") && last.endsWith(">")) {
                String name = String.join(" ", java.util.Arrays.copyOf(parts, parts.length - 1));
                return new Annotation.Author(name, last.substring(1, last.length() - 1));
            }
            return new Annotation.Author(String.join(" ", parts), "");
        }
        if (o instanceof Map<?, ?> m) {
            String name = m.get("name") == null ? "" : String.valueOf(m.get("name")).strip();
            String email = m.get("email") == null ? "" : String.valueOf(m.get("email")).strip();
            if (name.isEmpty() && email.isEmpty()) {
                throw new IllegalArgumentException("invalid author definition " + o
                        + ": 'name' and/or 'email' values required in object");
            }
            return new Annotation.Author(name, email);
        }
        throw new IllegalArgumentException("invalid author definition " + o
                + ": invalid value type, must be string or map");
    }

    private static Annotation.SchemaRef schema(Object o) {
        if (!(o instanceof Map<?, ?> m) || m.size() != 1) {
            throw new IllegalArgumentException("invalid schema declaration: " + o);
        }
        Map.Entry<?, ?> e = m.entrySet().iterator().next();
        String path = String.valueOf(e.getKey());
        Object v = e.getValue();
        if (v instanceof String s) {
            if (!s.equals("schema") && !s.startsWith("schema.") && !s.startsWith("schema[")) {
                throw new IllegalArgumentException("invalid schema reference");
            }
            return new Annotation.SchemaRef(path, s, null);
        }
        if (v instanceof Map<?, ?>) {
            return new Annotation.SchemaRef(path, null, MetadataParser.plain(v, ""));
        }
        throw new IllegalArgumentException("invalid schema declaration for path \"" + path + "\"");
    }
}
