package dev.rampart.template.tree;

import java.util.List;

/** A sequence. */
public record ListNode(List<TemplateNode> items, SourcePosition position) implements TemplateNode {
    public ListNode {
        items = List.copyOf(items);
    }
}
