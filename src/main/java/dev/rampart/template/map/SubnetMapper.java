package dev.rampart.template.map;

import dev.rampart.snapshot.Subnet;
import dev.rampart.template.resolve.Value;
import dev.rampart.template.resolve.Values;
import java.util.List;
import java.util.Set;

/** {@code AWS::EC2::Subnet}. */
final class SubnetMapper implements FamilyMapper {
    static final String SUBNET = "AWS::EC2::Subnet";

    @Override
    public Set<String> types() {
        return Set.of(SUBNET);
    }

    @Override
    public void map(MappingContext ctx) {
        for (TemplateResource r : ctx.ofType(SUBNET)) {
            Fields f = ctx.fields(r);
            ctx.emit(new Subnet(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(),
                    f.string("/vpc_id", f.prop("VpcId")),
                    f.string("/cidr_block", f.prop("CidrBlock")),
                    ipv6(f),
                    zone(f),
                    f.bool("/map_public_ip_on_launch", f.prop("MapPublicIpOnLaunch"), false)));
        }
    }

    private static String ipv6(Fields f) {
        Value single = f.prop("Ipv6CidrBlock");
        if (single != null) {
            return f.string("/ipv6_cidr_block", single);
        }
        List<Value> many = f.list("/ipv6_cidr_block", f.prop("Ipv6CidrBlocks"));
        return many == null || many.isEmpty() ? null : f.string("/ipv6_cidr_block", many.get(0));
    }

    private static String zone(Fields f) {
        Value zone = f.prop("AvailabilityZone");
        if (zone != null) {
            return f.string("/availability_zone", zone);
        }
        Value zoneId = f.prop("AvailabilityZoneId");
        if (zoneId != null && Values.scalarText(zoneId) != null) {
            f.note("/availability_zone", "the subnet names its zone by id (" + Values.scalarText(zoneId)
                    + "); the zone name differs per account");
        } else if (zoneId instanceof Value.Unknown u) {
            f.unknown("/availability_zone", u);
        } else {
            f.note("/availability_zone", "the template leaves the Availability Zone to AWS");
        }
        return null;
    }
}
