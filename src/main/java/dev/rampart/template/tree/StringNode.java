package dev.rampart.template.tree;

/** A string scalar. */
public record StringNode(String value, SourcePosition position) implements TemplateNode {}
