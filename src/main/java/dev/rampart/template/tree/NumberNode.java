package dev.rampart.template.tree;

/** A number scalar, kept as written ({@code 1.10} stays {@code 1.10}: CloudFormation passes text on). */
public record NumberNode(String text, SourcePosition position) implements TemplateNode {}
