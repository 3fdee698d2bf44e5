package dev.rampart.engine;

import dev.rampart.snapshot.Location;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable finding identities, shared by SARIF {@code partialFingerprints} and baselines. They must not move
 * when a template is re-synthesized or lines shift, so they hash the rule id and what names the resource
 * independently of the file: for templates the stack and the CDK construct path (else the logical id); for
 * live resources the resource id (ARN or AWS id) and account. When one rule reports a resource more than once
 * (two open ports of one security group), each finding's message tells them apart ({@link #distinct}).
 */
public final class Fingerprints {
    /** The key under which SARIF reports the fingerprint. */
    public static final String SARIF_KEY = "rampart/v1";

    private Fingerprints() {}

    /** The fingerprint of a finding of {@code ruleId} on a resource. */
    public static String of(String ruleId, String resourceId, Location location, String account) {
        String subject;
        if (location != null && location.constructPath() != null) {
            subject = "cdk:" + nullToEmpty(location.stack()) + "|" + location.constructPath();
        } else if (location != null && location.logicalId() != null) {
            subject = "cfn:" + nullToEmpty(location.stack()) + "|" + location.logicalId();
        } else {
            subject = "id:" + nullToEmpty(account) + "|" + resourceId;
        }
        return sha256(ruleId + "\n" + subject);
    }

    /**
     * The fingerprint of one of several findings of one rule on one resource: the resource's fingerprint and the
     * finding's message, so that each stays recognisable when another is fixed.
     */
    public static String distinct(String fingerprint, String message) {
        return sha256(fingerprint + "\n" + message);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
