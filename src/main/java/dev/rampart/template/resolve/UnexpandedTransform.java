package dev.rampart.template.resolve;

import dev.rampart.template.tree.SourcePosition;

/**
 * A transform CloudFormation applies to a template before it creates anything, which Rampart does not expand
 * (a macro, {@code Fn::Transform} such as {@code AWS::Include}, {@code Fn::ForEach}): what was written there
 * stands for something Rampart cannot see.
 *
 * @param what the transform as a reader recognises it, e.g. {@code Fn::Transform AWS::Include (Location
 *     s3://bucket/sg.yaml)}
 * @param at where it is written
 */
public record UnexpandedTransform(String what, SourcePosition at) {}
