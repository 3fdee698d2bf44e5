package dev.rampart.template.tree;

import java.util.List;
import java.util.Set;

/**
 * CloudFormation's YAML short forms ({@code !Ref}, {@code !Sub}, {@code !GetAtt A.B} …) as constructors
 * of their long forms, so the resolver sees one shape whatever the syntax.
 */
final class ShortFormTags {
    private ShortFormTags() {}

    /** Functions written {@code !Name} in YAML and {@code Fn::Name} in long form. */
    private static final Set<String> FUNCTIONS = Set.of(
            "Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select", "Split", "Sub",
            "If", "Equals", "And", "Or", "Not", "Transform", "Length", "ToJsonString");

    /** Whether {@code tag} (e.g. {@code !Sub}) is a CloudFormation short form. */
    static boolean isShortForm(String tag) {
        if (!tag.startsWith("!") || tag.startsWith("!!")) {
            return false;
        }
        String name = tag.substring(1);
        return name.equals("Ref") || name.equals("Condition") || FUNCTIONS.contains(name);
    }

    /**
     * The long form of {@code tag} applied to {@code value}; {@code scalar} says whether the tagged YAML
     * node was a scalar (for {@code !GetAtt Resource.Attribute}).
     */
    static MapNode construct(String tag, TemplateNode value, boolean scalar, SourcePosition at) {
        String name = tag.substring(1);
        String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
        TemplateNode argument = value;
        if (name.equals("GetAtt") && scalar && value instanceof StringNode s) {
            argument = getAttScalar(s);
        }
        return new MapNode(List.of(new MapNode.Entry(key, at, argument)), at);
    }

    // "Resource.Attribute" (the attribute may itself contain dots, e.g. Endpoint.Address or Outputs.Name).
    private static TemplateNode getAttScalar(StringNode s) {
        int dot = s.value().indexOf('.');
        if (dot <= 0 || dot == s.value().length() - 1) {
            return s; // the resolver reports the malformed argument with its position
        }
        return new ListNode(List.of(
                        new StringNode(s.value().substring(0, dot), s.position()),
                        new StringNode(s.value().substring(dot + 1), s.position())),
                s.position());
    }
}
