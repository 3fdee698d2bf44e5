package dev.rampart.template.tree;

/**
 * A node of a parsed template. YAML short forms are already long forms here ({@code !Ref X} is a
 * one-entry map {@code {"Ref": "X"}}), so nothing downstream knows which syntax a template used.
 */
public sealed interface TemplateNode permits MapNode, ListNode, StringNode, NumberNode, BooleanNode, NullNode {
    /** Where the node starts. */
    SourcePosition position();
}
