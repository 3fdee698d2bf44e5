package dev.rampart.template.map;

import dev.rampart.snapshot.AutoScalingGroup;
import dev.rampart.snapshot.Instance;
import dev.rampart.template.resolve.ImplicitIds;
import dev.rampart.template.resolve.Value;
import dev.rampart.template.resolve.Values;
import java.util.List;
import java.util.Set;

/**
 * EC2 instances and Auto Scaling groups, with what their launch templates ({@code AWS::EC2::LaunchTemplate})
 * or launch configurations say about the instances: subnet, security groups, public IP.
 */
final class ComputeMapper implements FamilyMapper {
    static final String INSTANCE = "AWS::EC2::Instance";
    static final String ASG = "AWS::AutoScaling::AutoScalingGroup";
    static final String LAUNCH_TEMPLATE = "AWS::EC2::LaunchTemplate";
    static final String LAUNCH_CONFIGURATION = "AWS::AutoScaling::LaunchConfiguration";

    @Override
    public Set<String> types() {
        return Set.of(INSTANCE, ASG, LAUNCH_TEMPLATE, LAUNCH_CONFIGURATION);
    }

    @Override
    public void map(MappingContext ctx) {
        for (TemplateResource r : ctx.ofType(INSTANCE)) {
            instance(ctx, r);
        }
        for (TemplateResource r : ctx.ofType(ASG)) {
            autoScalingGroup(ctx, r);
        }
    }

    private static void instance(MappingContext ctx, TemplateResource r) {
        Fields f = ctx.fields(r);
        Value template = launchTemplateData(ctx, f.prop("LaunchTemplate"));
        Value nic = primaryInterface(f.prop("NetworkInterfaces"));
        Value templateNic = primaryInterface(Fields.get(template, "NetworkInterfaces"));
        Value subnet = first(f.prop("SubnetId"), Fields.get(nic, "SubnetId"), Fields.get(templateNic, "SubnetId"));
        String subnetId = f.string("/subnet_id", subnet);
        if (subnet == null) {
            f.note("/subnet_id", "the instance names no subnet: it launches into the default VPC");
        }
        Value groups = first(f.prop("SecurityGroupIds"), f.prop("SecurityGroups"), Fields.get(nic, "GroupSet"),
                Fields.get(template, "SecurityGroupIds"), Fields.get(template, "SecurityGroups"),
                Fields.get(templateNic, "Groups"));
        ctx.emit(new Instance(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(), subnetId,
                groups != null ? f.strings("/security_group_ids", groups) : defaultGroup(ctx, f, subnetId),
                f.bool("/associate_public_ip", first(Fields.get(nic, "AssociatePublicIpAddress"),
                        Fields.get(templateNic, "AssociatePublicIpAddress"))),
                f.string("/image_id", first(f.prop("ImageId"), Fields.get(template, "ImageId"))),
                f.string("/instance_type", first(f.prop("InstanceType"), Fields.get(template, "InstanceType")))));
    }

    private static void autoScalingGroup(MappingContext ctx, TemplateResource r) {
        Fields f = ctx.fields(r);
        Value spec = first(f.prop("LaunchTemplate"), Fields.get(
                Fields.get(f.prop("MixedInstancesPolicy"), "LaunchTemplate"), "LaunchTemplateSpecification"));
        List<String> subnets = f.strings("/subnet_ids", f.prop("VPCZoneIdentifier"));
        AutoScalingGroup.LaunchTemplateRef launchTemplate = null;
        List<String> groups = null;
        Boolean publicIp = null;
        Value configuration = f.prop("LaunchConfigurationName");
        if (spec != null) {
            launchTemplate = new AutoScalingGroup.LaunchTemplateRef(
                    f.string("/launch_template/id", first(Fields.get(spec, "LaunchTemplateId"),
                            Fields.get(spec, "LaunchTemplateName"))),
                    f.string("/launch_template/version", Fields.get(spec, "Version")));
            Value data = launchTemplateData(ctx, spec);
            if (data == null) {
                f.note("/security_group_ids", "launch template " + launchTemplate.id() + " is not in the templates read");
            } else {
                Value nic = primaryInterface(Fields.get(data, "NetworkInterfaces"));
                Value sg = first(Fields.get(data, "SecurityGroupIds"), Fields.get(data, "SecurityGroups"),
                        Fields.get(nic, "Groups"));
                groups = sg != null ? f.strings("/security_group_ids", sg) : defaultGroup(ctx, f, firstOf(subnets));
                publicIp = f.bool("/associate_public_ip", Fields.get(nic, "AssociatePublicIpAddress"));
            }
        } else if (configuration != null) {
            TemplateResource lc = ctx.referenced(configuration, LAUNCH_CONFIGURATION);
            if (lc == null) {
                f.note("/security_group_ids", "launch configuration " + f.string("/launch_configuration",
                        configuration) + " is not in the templates read");
            } else {
                Value sg = Fields.get(lc.properties(), "SecurityGroups");
                groups = sg != null ? f.strings("/security_group_ids", sg) : defaultGroup(ctx, f, firstOf(subnets));
                publicIp = f.bool("/associate_public_ip", Fields.get(lc.properties(), "AssociatePublicIpAddress"));
            }
        }
        ctx.emit(new AutoScalingGroup(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(), subnets,
                f.strings("/availability_zones", f.prop("AvailabilityZones")), launchTemplate,
                f.string("/launch_configuration", configuration), groups, publicIp));
    }

    // LaunchTemplateData of the launch template a {LaunchTemplateId|LaunchTemplateName, Version} names.
    private static Value launchTemplateData(MappingContext ctx, Value spec) {
        TemplateResource lt = ctx.referenced(Fields.get(spec, "LaunchTemplateId"), LAUNCH_TEMPLATE);
        if (lt == null) {
            Value name = Fields.get(spec, "LaunchTemplateName");
            lt = ctx.referenced(name, LAUNCH_TEMPLATE);
            if (lt == null && name != null && Values.scalarText(name) != null) {
                for (TemplateResource candidate : ctx.ofType(LAUNCH_TEMPLATE)) {
                    Value candidateName = Fields.get(candidate.properties(), "LaunchTemplateName");
                    if (Boolean.TRUE.equals(Values.knownEquals(name, candidateName == null ? Value.NULL : candidateName))) {
                        lt = candidate;
                    }
                }
            }
        }
        return lt == null ? null : Fields.get(lt.properties(), "LaunchTemplateData");
    }

    // The network interface with device index 0 (the one the instance's subnet and public IP come from).
    private static Value primaryInterface(Value interfaces) {
        if (!(interfaces instanceof Value.ListValue l)) {
            return interfaces instanceof Value.Unknown ? interfaces : null;
        }
        for (Value nic : l.items()) {
            Value index = Fields.get(nic, "DeviceIndex");
            if (index == null || "0".equals(Values.scalarText(index))) {
                return nic;
            }
        }
        return null;
    }

    // Instances launched without security groups get the default group of their subnet's VPC.
    private static List<String> defaultGroup(MappingContext ctx, Fields f, String subnetId) {
        TemplateResource subnet = ctx.resource(subnetId);
        Value vpc = subnet == null ? null : Fields.get(subnet.properties(), "VpcId");
        if (vpc instanceof Value.ResourceRef ref && ctx.vpc(ref.id()) != null) {
            return List.of(ref.id() + ImplicitIds.DEFAULT_SECURITY_GROUP);
        }
        f.note("/security_group_ids", "no security groups are named, so the default group of the subnet's VPC"
                + " applies, and that VPC is not in the templates read");
        return null;
    }

    private static Value first(Value... candidates) {
        for (Value v : candidates) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String firstOf(List<String> ids) {
        return ids == null || ids.isEmpty() ? null : ids.get(0);
    }
}
