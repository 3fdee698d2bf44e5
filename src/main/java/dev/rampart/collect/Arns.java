package dev.rampart.collect;

/** Building and reading ARNs. */
final class Arns {
    private Arns() {}

    static String of(String partition, String service, String region, String account, String resource) {
        return "arn:" + partition + ":" + service + ":" + region + ":" + account + ":" + resource;
    }

    /** The account id field of an ARN, or null when {@code arn} is not one. */
    static String account(String arn) {
        String[] parts = arn == null ? new String[0] : arn.split(":", 6);
        return parts.length == 6 && parts[0].equals("arn") && parts[4].matches("[0-9]{12}") ? parts[4] : null;
    }

    /** The last segment of an ARN's resource part ({@code .../service/cluster/name} → {@code name}). */
    static String lastSegment(String arn) {
        if (arn == null) {
            return null;
        }
        int slash = arn.lastIndexOf('/');
        return slash < 0 ? arn : arn.substring(slash + 1);
    }
}
