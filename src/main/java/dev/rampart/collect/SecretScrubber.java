package dev.rampart.collect;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Removes credentials from text before it goes anywhere a person or a file can see it (gap reasons, error
 * messages). It knows the exact secrets of this run (access key ids, secret keys, session tokens, request
 * signatures, registered as the collector meets them) and also strips anything that looks like one:
 * access key ids, {@code Authorization} headers, security tokens, signatures and pre-signed URL queries,
 * long base64 blobs. SDK error messages can quote all of these (a {@code SignatureDoesNotMatch} message
 * quotes the canonical request, security token header included).
 */
public final class SecretScrubber {
    /** What replaces a secret. */
    public static final String REDACTED = "[redacted]";

    private static final int MAX_LENGTH = 500;
    private static final int MIN_SECRET_LENGTH = 8;

    private record Rule(Pattern pattern, String replacement) {}

    private static final List<Rule> RULES = List.of(
            // Pre-signed URLs: keep the address, drop the query that carries the signature.
            new Rule(Pattern.compile("(https?://[^\\s?'\"]+)\\?[^\\s'\"]*(?i:x-amz-|signature=|awsaccesskeyid=)[^\\s'\"]*"),
                    "$1?" + REDACTED),
            new Rule(Pattern.compile("(?i)(authorization[\"']?\\s*[:=]\\s*)[^\\r\\n]+"), "$1" + REDACTED),
            new Rule(Pattern.compile("(?i)(x-amz-security-token[\"']?\\s*[:=]\\s*)[^\\s&,;'\"]+"), "$1" + REDACTED),
            new Rule(Pattern.compile("(?i)(x-amz-(?:signature|credential)[\"']?\\s*[:=]\\s*)[^\\s&,;'\"]+"),
                    "$1" + REDACTED),
            new Rule(Pattern.compile("(?i)((?:aws_)?(?:secret_?access_?key|session_?token|security_?token)[\"']?\\s*[:=]\\s*)[^\\s,;'\"]+"),
                    "$1" + REDACTED),
            new Rule(Pattern.compile("(?i)(signature\\s*=\\s*)[0-9a-f]{16,}"), "$1" + REDACTED),
            new Rule(Pattern.compile("(?i)(credential\\s*=\\s*)[^\\s,]+"), "$1" + REDACTED),
            // Access key ids (long-term AKIA, temporary ASIA) and other IAM unique ids.
            new Rule(Pattern.compile("\\b(?:AKIA|ASIA|AIDA|AROA|AGPA|ANPA|ANVA|AIPA|APKA|ABIA|ACCA)[A-Z0-9]{12,}\\b"),
                    REDACTED),
            // Session tokens and encoded authorization messages: long base64 runs.
            new Rule(Pattern.compile("[A-Za-z0-9+/]{80,}={0,2}"), REDACTED));

    private final Set<String> secrets = ConcurrentHashMap.newKeySet();

    /** Remembers an exact secret of this run so that it is removed wherever it appears. */
    public void register(String secret) {
        if (secret != null && secret.length() >= MIN_SECRET_LENGTH) {
            secrets.add(secret);
        }
    }

    /**
     * {@code text} without secrets, on one line (line breaks become spaces) and at most 500 characters long;
     * null stays null.
     */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        // Longest first, so that a secret containing another is removed whole.
        for (String secret : secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            out = out.replace(secret, REDACTED);
        }
        for (Rule rule : RULES) {
            out = rule.pattern().matcher(out).replaceAll(rule.replacement());
        }
        out = out.replaceAll("\\s+", " ").trim();
        if (out.length() > MAX_LENGTH) {
            out = out.substring(0, MAX_LENGTH - 1) + "…";
        }
        return out;
    }
}
