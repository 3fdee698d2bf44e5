package dev.rampart.template.tree;

/** A null scalar ({@code null} in JSON, {@code ~} or nothing in YAML). */
public record NullNode(SourcePosition position) implements TemplateNode {}
