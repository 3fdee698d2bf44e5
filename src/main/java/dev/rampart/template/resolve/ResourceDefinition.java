package dev.rampart.template.resolve;

import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.SourcePosition;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;

/**
 * A resource as declared in a template, before its properties are resolved.
 *
 * @param position where its logical id key is written (the location findings point at)
 * @param condition the name of its {@code Condition}, or null
 * @param constructPath its CDK construct path ({@code Metadata."aws:cdk:path"}), or null
 */
public record ResourceDefinition(
        String logicalId, String type, SourcePosition position, MapNode body, String condition, String constructPath) {

    /** Reads the entry {@code logicalId: {Type: …, Properties: …}} of a Resources section. */
    static ResourceDefinition of(MapNode.Entry entry) {
        if (!(entry.value() instanceof MapNode body)) {
            throw new TemplateFormatException(entry.keyPosition(), "resource " + entry.key() + " must be a mapping");
        }
        if (!(body.get("Type") instanceof StringNode type)) {
            throw new TemplateFormatException(entry.keyPosition(), "resource " + entry.key() + " has no Type");
        }
        String condition = null;
        TemplateNode c = body.get("Condition");
        if (c != null) {
            if (!(c instanceof StringNode s)) {
                throw new TemplateFormatException(c.position(), "the Condition of " + entry.key() + " must be a condition name");
            }
            condition = s.value();
        }
        String constructPath = null;
        if (body.get("Metadata") instanceof MapNode metadata
                && metadata.get("aws:cdk:path") instanceof StringNode path) {
            constructPath = path.value();
        }
        return new ResourceDefinition(entry.key(), type.value(), entry.keyPosition(), body, condition, constructPath);
    }

    /** A metadata string of this resource (e.g. {@code aws:asset:path}), or null. */
    public String metadata(String key) {
        return body.get("Metadata") instanceof MapNode m && m.get(key) instanceof StringNode s ? s.value() : null;
    }

    /** The unresolved value of a property, or null when the template does not set it. */
    public TemplateNode property(String name) {
        return body.get("Properties") instanceof MapNode p ? p.get(name) : null;
    }
}
