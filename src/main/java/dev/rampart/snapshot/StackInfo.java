package dev.rampart.snapshot;

/**
 * A CloudFormation stack a template snapshot was read from ({@code source.stacks}).
 *
 * @param constructPath the stack's construct path in a CDK app, else null
 */
public record StackInfo(String name, String file, String account, String region, String constructPath) {}
