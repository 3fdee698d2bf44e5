package dev.rampart.template.resolve;

import dev.rampart.template.tree.ListNode;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the transforms in a template that Rampart does not expand ({@link UnexpandedTransform}). */
public final class Transforms {
    private Transforms() {}

    /**
     * The template-level transforms Rampart reads the template under without expanding anything: SAM changes
     * only the {@code AWS::Serverless::*} resources, none of which the snapshot models, and the language
     * extensions leave a template as written apart from {@code Fn::ForEach} (found by {@link #within}),
     * {@code Fn::Length} and {@code Fn::ToJsonString} (unknown values).
     */
    private static final Set<String> READ_AS_WRITTEN = Set.of("AWS::Serverless-2016-10-31", "AWS::LanguageExtensions");

    private static final String FN_TRANSFORM = "Fn::Transform";
    private static final String FN_FOR_EACH = "Fn::ForEach::";

    /**
     * The template-level {@code Transform}s other than SAM and the language extensions: macros (and
     * {@code AWS::Include} of the whole template) that CloudFormation runs over the whole template, so that
     * what it deploys is whatever they return.
     */
    static List<UnexpandedTransform> macros(MapNode template) {
        TemplateNode section = template.get("Transform");
        if (section == null) {
            return List.of();
        }
        List<TemplateNode> named = section instanceof ListNode l ? l.items() : List.of(section);
        List<UnexpandedTransform> out = new ArrayList<>();
        for (TemplateNode n : named) {
            String name = n instanceof StringNode s ? s.value()
                    : n instanceof MapNode m && m.get("Name") instanceof StringNode s ? s.value() : null;
            if (name == null) {
                throw new TemplateFormatException(n.position(),
                        "Transform must name transforms: a name, {Name, Parameters}, or a list of them");
            }
            if (!READ_AS_WRITTEN.contains(name.trim())) {
                out.add(new UnexpandedTransform("Transform " + name + location(n), n.position()));
            }
        }
        return out;
    }

    /** Whether a key under {@code Resources} is a transform rather than a logical id. */
    static boolean isTransform(String key) {
        return key.equals(FN_TRANSFORM) || key.startsWith(FN_FOR_EACH);
    }

    /** The transform an entry {@code Fn::Transform: …} or {@code Fn::ForEach::Name: […]} writes. */
    static UnexpandedTransform of(MapNode.Entry entry) {
        String what = entry.key().startsWith(FN_FOR_EACH)
                ? entry.key() + " (AWS::LanguageExtensions)"
                : FN_TRANSFORM + (entry.value() instanceof MapNode m && m.get("Name") instanceof StringNode name
                        ? " " + name.value() + location(m) : "");
        return new UnexpandedTransform(what, entry.keyPosition());
    }

    /** Every {@code Fn::Transform} and {@code Fn::ForEach} inside {@code node} (a resource), outermost only. */
    public static List<UnexpandedTransform> within(TemplateNode node) {
        List<UnexpandedTransform> out = new ArrayList<>();
        collect(node, out);
        return out;
    }

    private static void collect(TemplateNode node, List<UnexpandedTransform> out) {
        if (node instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                if (isTransform(e.key())) {
                    out.add(of(e));
                } else {
                    collect(e.value(), out);
                }
            }
        } else if (node instanceof ListNode l) {
            for (TemplateNode item : l.items()) {
                collect(item, out);
            }
        }
    }

    // AWS::Include names the snippet it includes; a reader looks there for what Rampart could not see.
    private static String location(TemplateNode transform) {
        return transform instanceof MapNode m && m.get("Parameters") instanceof MapNode p
                && p.get("Location") instanceof StringNode s ? " (Location " + s.value() + ")" : "";
    }
}
