package dev.rampart.snapshot;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a VPC endpoint service name: {@code com.amazonaws.us-east-1.ecr.api} is service
 * {@code ecr.api} in region {@code us-east-1}. Both the collector and the template adapter use this, so
 * live and template snapshots name services the same way.
 *
 * @param region the region in the name, or null when it is not known (a template's {@code ${AWS::Region}})
 * @param service the short name after the region, e.g. {@code ecr.api}, {@code s3}, {@code logs}
 */
public record EndpointServiceName(String region, String service) {

    /** What a template puts where the region is when it cannot be resolved. */
    public static final String UNKNOWN_REGION = "\u0000";

    // com.amazonaws.<region>.<service>, com.amazonaws.vpce.<region>.<service>, aws.<svc>.<region>.<service>,
    // cn.com.amazonaws.<region>.<service> (China).
    private static final Pattern NAME = Pattern.compile(
            "^(?:cn\\.)?(?:com\\.amazonaws(?:\\.vpce)?|aws\\.[a-z0-9-]+)\\.([a-z]{2}(?:-[a-z]+)+-[0-9]+|\u0000)\\.([^\u0000]+)$");

    /**
     * Parses {@code name}; a region that a template could not resolve may be given as
     * {@link #UNKNOWN_REGION}. Returns null when the name does not follow AWS's pattern (for example a
     * partner service {@code com.amazonaws.vpce.…} without a region).
     */
    public static EndpointServiceName parse(String name) {
        if (name == null) {
            return null;
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            return null;
        }
        String region = m.group(1).equals(UNKNOWN_REGION) ? null : m.group(1);
        return new EndpointServiceName(region, m.group(2));
    }
}
