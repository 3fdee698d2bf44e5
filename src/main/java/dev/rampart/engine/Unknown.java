package dev.rampart.engine;

import dev.rampart.snapshot.Location;

/**
 * A resource a rule could not decide because the snapshot could not tell.
 *
 * @param ruleId     the rule
 * @param resourceId the resource
 * @param reason     the policy's reason, e.g. "its subnet comes from parameter SubnetId, which has no value"
 * @param location   the resource's location in the snapshot ({@code Location.NONE} when unknown)
 */
public record Unknown(String ruleId, String resourceId, String reason, Location location) {}
