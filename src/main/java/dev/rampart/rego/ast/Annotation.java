package dev.rampart.rego.ast;

import dev.rampart.rego.Location;
import java.util.List;
import java.util.Map;

/**
 * A {@code # METADATA} block. {@code scope} says what it describes; {@code target} is the package path
 * (package and subpackages scopes) or the rule's path (rule and document scopes), and
 * {@code targetLocation} is where the annotated package or rule statement starts. {@code custom} holds
 * the YAML values as plain Java maps, lists, strings, numbers, booleans and nulls.
 */
public record Annotation(
        Scope scope,
        String title,
        String description,
        List<String> organizations,
        List<RelatedResource> relatedResources,
        List<Author> authors,
        List<SchemaRef> schemas,
        Map<String, Object> custom,
        boolean entrypoint,
        Location location,
        Ref target,
        Location targetLocation) {

    /** Where an annotation applies, as OPA defines it. */
    public enum Scope {
        RULE("rule"), DOCUMENT("document"), PACKAGE("package"), SUBPACKAGES("subpackages");

        private final String keyword;

        Scope(String keyword) {
            this.keyword = keyword;
        }

        /** The scope as written in METADATA. */
        public String keyword() {
            return keyword;
        }
    }

    /** An entry of {@code related_resources}. */
    public record RelatedResource(String ref, String description) {}

    /** An entry of {@code authors}. */
    public record Author(String name, String email) {}

    /** An entry of {@code schemas}: a document path and either a schema ref or an inline definition. */
    public record SchemaRef(String path, String schema, Object definition) {}

    public Annotation {
        organizations = List.copyOf(organizations);
        relatedResources = List.copyOf(relatedResources);
        authors = List.copyOf(authors);
        schemas = List.copyOf(schemas);
        custom = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
    }

    public Annotation attachedTo(Scope s, Ref t, Location tl) {
        return new Annotation(s, title, description, organizations, relatedResources, authors, schemas, custom,
                entrypoint, location, t, tl);
    }
}
