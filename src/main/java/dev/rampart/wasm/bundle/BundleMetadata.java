package dev.rampart.wasm.bundle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.rego.Location;
import dev.rampart.rego.ast.Annotation;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.parse.RegoParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The METADATA annotations of a bundle's modules, as {@code /metadata.json}: a bundle carries a compiled
 * module and no Rego, so this file is where {@code scan} finds rule titles, severities and remediation.
 * Field names follow OPA's annotation JSON ({@code related_resources}, {@code custom}, …); {@code target}
 * is the annotated package or rule path and {@code location} where the block was written.
 */
public final class BundleMetadata {

    /** The path of the file inside a bundle. */
    public static final String PATH = "metadata.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleMetadata() {}

    /** {@code {"annotations": [...]}} for {@code annotations}, in the order given. */
    public static byte[] toJson(List<Annotation> annotations) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("annotations");
        for (Annotation a : annotations) {
            ObjectNode n = list.addObject();
            n.put("scope", a.scope().keyword());
            n.put("target", a.target() == null ? null : a.target().toString());
            putIfPresent(n, "title", a.title());
            putIfPresent(n, "description", a.description());
            ArrayNode orgs = n.putArray("organizations");
            a.organizations().forEach(orgs::add);
            ArrayNode related = n.putArray("related_resources");
            a.relatedResources().forEach(r -> putIfPresent(related.addObject().put("ref", r.ref()), "description",
                    r.description()));
            ArrayNode authors = n.putArray("authors");
            a.authors().forEach(au -> putIfPresent(putIfPresent(authors.addObject(), "name", au.name()), "email",
                    au.email()));
            ArrayNode schemas = n.putArray("schemas");
            for (Annotation.SchemaRef s : a.schemas()) {
                ObjectNode sn = putIfPresent(putIfPresent(schemas.addObject(), "path", s.path()), "schema", s.schema());
                if (s.definition() != null) {
                    sn.set("definition", JSON.valueToTree(s.definition()));
                }
            }
            n.set("custom", JSON.valueToTree(a.custom()));
            n.put("entrypoint", a.entrypoint());
            n.set("location", location(a.location()));
            n.set("target_location", location(a.targetLocation()));
        }
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads what {@link #toJson} wrote; {@code bundle} names the archive in error messages. */
    public static List<Annotation> parse(byte[] json, String bundle) {
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode list = root == null ? null : root.get("annotations");
            if (list == null || !list.isArray()) {
                throw bad(bundle, "must be an object with an \"annotations\" list");
            }
            List<Annotation> out = new ArrayList<>();
            for (JsonNode n : list) {
                out.add(annotation(n, bundle));
            }
            return out;
        } catch (IOException e) {
            throw bad(bundle, "not valid JSON: " + e.getMessage());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw bad(bundle, e.getMessage());
        }
    }

    private static Annotation annotation(JsonNode n, String bundle) {
        Annotation.Scope scope = null;
        for (Annotation.Scope s : Annotation.Scope.values()) {
            if (s.keyword().equals(n.path("scope").asText())) {
                scope = s;
            }
        }
        if (scope == null) {
            throw bad(bundle, "unknown annotation scope " + n.path("scope"));
        }
        List<String> orgs = new ArrayList<>();
        n.path("organizations").forEach(o -> orgs.add(o.asText()));
        List<Annotation.RelatedResource> related = new ArrayList<>();
        n.path("related_resources").forEach(r -> related.add(
                new Annotation.RelatedResource(textOrNull(r, "ref"), textOrNull(r, "description"))));
        List<Annotation.Author> authors = new ArrayList<>();
        n.path("authors").forEach(a -> authors.add(new Annotation.Author(textOrNull(a, "name"),
                textOrNull(a, "email"))));
        List<Annotation.SchemaRef> schemas = new ArrayList<>();
        n.path("schemas").forEach(s -> schemas.add(new Annotation.SchemaRef(textOrNull(s, "path"),
                textOrNull(s, "schema"), s.has("definition") ? JSON.convertValue(s.get("definition"), Object.class)
                        : null)));
        Map<String, Object> custom = n.has("custom") && n.get("custom").isObject()
                ? JSON.convertValue(n.get("custom"), new TypeReference<LinkedHashMap<String, Object>>() {})
                : Map.of();
        return new Annotation(scope, textOrNull(n, "title"), textOrNull(n, "description"), orgs, related, authors,
                schemas, custom, n.path("entrypoint").asBoolean(false), location(n.get("location")),
                target(textOrNull(n, "target"), bundle), location(n.get("target_location")));
    }

    private static Ref target(String text, String bundle) {
        if (text == null) {
            return null;
        }
        RegoParser.TermResult r = RegoParser.parseTerm(text, PATH);
        if (!r.errors().isEmpty() || !(r.term() instanceof Ref ref)) {
            throw bad(bundle, "annotation target " + text + " is not a path");
        }
        return ref;
    }

    private static ObjectNode location(Location l) {
        ObjectNode n = JSON.createObjectNode();
        if (l != null) {
            n.put("file", l.file()).put("row", l.line()).put("col", l.column());
        }
        return n;
    }

    private static Location location(JsonNode n) {
        if (n == null || !n.has("file")) {
            return Location.NONE;
        }
        return new Location(n.get("file").asText(), n.path("row").asInt(), n.path("col").asInt());
    }

    private static ObjectNode putIfPresent(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
        return n;
    }

    private static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static InvalidBundleException bad(String bundle, String message) {
        return new InvalidBundleException(bundle + ": " + PATH + ": " + message);
    }
}
