package dev.rampart.template.tree;

/** A boolean scalar. */
public record BooleanNode(boolean value, SourcePosition position) implements TemplateNode {}
