package dev.rampart.snapshot;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.Map;

/**
 * A network ACL ({@code network_acls}) with its entries and the subnets associated with it.
 *
 * @param isDefault whether this is the VPC's default ACL (written as {@code default})
 * @param implicit whether a template implies it without declaring it (a template VPC's default ACL)
 */
public record NetworkAcl(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String vpcId,
        @JsonProperty("default") boolean isDefault,
        boolean implicit,
        List<String> subnetIds,
        List<Entry> entries)
        implements Resource {
    public NetworkAcl {
        tags = Copies.sortedMap(tags);
        subnetIds = Copies.list(subnetIds);
        entries = Copies.list(entries);
    }

    /** One numbered rule; {@code protocol} is normalised as for security groups. */
    public record Entry(
            Integer ruleNumber,
            Boolean egress,
            RuleAction ruleAction,
            String protocol,
            String cidr,
            String ipv6Cidr,
            Integer fromPort,
            Integer toPort) {}

    /** Whether an entry allows or denies the traffic it matches. */
    public enum RuleAction implements JsonEnum {
        ALLOW("allow"),
        DENY("deny");

        private final String json;

        RuleAction(String json) {
            this.json = json;
        }

        @JsonValue
        @Override
        public String json() {
            return json;
        }

        @JsonCreator
        static RuleAction fromJson(String text) {
            return JsonEnum.fromJson(RuleAction.class, text);
        }
    }
}
