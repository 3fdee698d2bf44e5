package dev.rampart.template.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Availability Zone names {@code Fn::GetAZs} returns for each region. An account sees the zones
 * AWS enabled for it, which can be fewer; this table lists the zones a new account usually gets.
 */
final class AvailabilityZones {
    private AvailabilityZones() {}

    private static final Map<String, String> ZONE_LETTERS = Map.ofEntries(
            Map.entry("us-east-1", "abcdef"), Map.entry("us-east-2", "abc"), Map.entry("us-west-1", "ac"),
            Map.entry("us-west-2", "abcd"), Map.entry("ca-central-1", "abd"), Map.entry("ca-west-1", "abc"),
            Map.entry("mx-central-1", "abc"), Map.entry("sa-east-1", "abc"),
            Map.entry("eu-west-1", "abc"), Map.entry("eu-west-2", "abc"), Map.entry("eu-west-3", "abc"),
            Map.entry("eu-central-1", "abc"), Map.entry("eu-central-2", "abc"), Map.entry("eu-north-1", "abc"),
            Map.entry("eu-south-1", "abc"), Map.entry("eu-south-2", "abc"),
            Map.entry("ap-south-1", "abc"), Map.entry("ap-south-2", "abc"), Map.entry("ap-east-1", "abc"),
            Map.entry("ap-southeast-1", "abc"), Map.entry("ap-southeast-2", "abc"),
            Map.entry("ap-southeast-3", "abc"), Map.entry("ap-southeast-4", "abc"),
            Map.entry("ap-southeast-5", "abc"), Map.entry("ap-southeast-7", "abc"),
            Map.entry("ap-northeast-1", "acd"), Map.entry("ap-northeast-2", "abcd"),
            Map.entry("ap-northeast-3", "abc"), Map.entry("me-south-1", "abc"), Map.entry("me-central-1", "abc"),
            Map.entry("il-central-1", "abc"), Map.entry("af-south-1", "abc"),
            Map.entry("cn-north-1", "abd"), Map.entry("cn-northwest-1", "abc"),
            Map.entry("us-gov-west-1", "abc"), Map.entry("us-gov-east-1", "abc"));

    /** The zone names of {@code region}, or null when the table does not know the region. */
    static List<String> of(String region) {
        String letters = ZONE_LETTERS.get(region);
        if (letters == null) {
            return null;
        }
        List<String> zones = new ArrayList<>();
        for (char c : letters.toCharArray()) {
            zones.add(region + c);
        }
        return zones;
    }
}
