package dev.rampart.snapshot;

import java.util.List;
import java.util.Map;

/** An internet gateway ({@code internet_gateways}) and the VPCs it is attached to. */
public record InternetGateway(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        List<Attachment> attachments)
        implements Resource {
    public InternetGateway {
        tags = Copies.sortedMap(tags);
        attachments = Copies.list(attachments);
    }

    /** An attachment to a VPC. */
    public record Attachment(String vpcId) {}
}
