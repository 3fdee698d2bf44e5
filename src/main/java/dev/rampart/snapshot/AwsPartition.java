package dev.rampart.snapshot;

/** AWS partitions, which both sources need to name things as AWS does (ARNs, URL suffixes). */
public final class AwsPartition {
    private AwsPartition() {}

    /** The partition of a region: {@code aws-cn} for China, {@code aws-us-gov} for GovCloud, else {@code aws}. */
    public static String of(String region) {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        if (region.startsWith("us-iso-")) {
            return "aws-iso";
        }
        if (region.startsWith("us-isob-")) {
            return "aws-iso-b";
        }
        return "aws";
    }
}
