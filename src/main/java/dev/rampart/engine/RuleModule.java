package dev.rampart.engine;

/**
 * A rule as a program evaluates it: its metadata and the entrypoints of its {@code deny} and {@code unknown}
 * documents.
 *
 * @param info    the rule's metadata
 * @param deny    the entrypoint of its {@code deny} set, e.g. {@code rampart/rules/net_001/deny}
 * @param unknown the entrypoint of its {@code unknown} set, or null when the module defines none
 */
public record RuleModule(RuleInfo info, String deny, String unknown) {}
