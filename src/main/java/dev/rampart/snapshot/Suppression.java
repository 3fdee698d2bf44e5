package dev.rampart.snapshot;

/**
 * An exception to a rule written next to the resource it covers: a template resource's
 * {@code Metadata.rampart.suppress} entry (CDK: {@code CfnResource.addMetadata("rampart", …)}). The snapshot
 * carries it as written; the scan decides whether it applies (a reason is required, an expired entry stops
 * suppressing), so a snapshot file scanned later keeps its exceptions.
 *
 * @param resource the snapshot id of the resource that carries it
 * @param rule     the rule id it suppresses (a glob: {@code EPT-*})
 * @param reason   why, or null when the template gives none (the scan then refuses it)
 * @param owner    who owns the exception, or null
 * @param expires  the last day it applies ({@code YYYY-MM-DD}), or null for no end
 * @param location where the entry is written in the template
 */
public record Suppression(String resource, String rule, String reason, String owner, String expires,
        Location location) {}
