package dev.rampart.collect;

import dev.rampart.snapshot.AutoScalingGroup;
import dev.rampart.snapshot.Gap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.autoscaling.model.DescribeAutoScalingGroupsResponse;
import software.amazon.awssdk.services.autoscaling.model.LaunchTemplateSpecification;
import software.amazon.awssdk.services.autoscaling.model.TagDescription;

/**
 * Auto Scaling groups ({@code autoscaling:DescribeAutoScalingGroups}): their subnets from
 * {@code VPCZoneIdentifier}, and the security groups and public-IP setting of the instances they launch, read
 * from their launch template version or launch configuration ({@link LaunchSettings}).
 */
final class AutoScalingCollector {
    private AutoScalingCollector() {}

    /** A launch template as a group names it: by id or name, and a version ({@code $Default} when it names none). */
    record TemplateKey(String id, String name, String version) {}

    static void collect(RegionScope scope) {
        List<DescribeAutoScalingGroupsResponse> pages = scope.calls.pages(Api.AUTOSCALING_DESCRIBE_AUTO_SCALING_GROUPS,
                "Auto Scaling groups", List.of(),
                scope.clients.autoScaling().describeAutoScalingGroupsPaginator(r -> r.maxRecords(100)));
        if (pages == null) {
            return;
        }
        List<software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup> groups = new ArrayList<>();
        for (DescribeAutoScalingGroupsResponse page : pages) {
            for (var g : page.autoScalingGroups()) {
                if (g.autoScalingGroupARN() == null) {
                    scope.calls.malformed(Api.AUTOSCALING_DESCRIBE_AUTO_SCALING_GROUPS, "Auto Scaling groups",
                            "a group without AutoScalingGroupARN");
                } else {
                    groups.add(g);
                }
            }
        }
        Map<TemplateKey, List<String>> templateUsers = new LinkedHashMap<>();
        Map<String, List<String>> configurationUsers = new LinkedHashMap<>();
        for (var g : groups) {
            TemplateKey template = template(g);
            if (template != null) {
                templateUsers.computeIfAbsent(template, k -> new ArrayList<>()).add(g.autoScalingGroupARN());
            } else if (g.launchConfigurationName() != null) {
                configurationUsers.computeIfAbsent(g.launchConfigurationName(), k -> new ArrayList<>())
                        .add(g.autoScalingGroupARN());
            }
        }
        LaunchSettings settings = new LaunchSettings(scope);
        settings.readTemplates(templateUsers);
        settings.readConfigurations(configurationUsers);
        for (var g : groups) {
            scope.add(group(scope, g, settings));
        }
    }

    private static AutoScalingGroup group(RegionScope scope,
            software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup g, LaunchSettings settings) {
        TemplateKey template = template(g);
        LaunchSettings.Settings launch = template != null
                ? settings.ofTemplate(template)
                : g.launchConfigurationName() != null ? settings.ofConfiguration(g.launchConfigurationName()) : null;
        String id = g.autoScalingGroupARN();
        if (launch != null && launch.securityGroupNames()) {
            namedGroupsGap(scope, id, template, launch.source());
        }
        Map<String, String> tags = Tags.of(g.tags(), TagDescription::key, TagDescription::value);
        return new AutoScalingGroup(id, scope.account, scope.region, tags, RegionScope.at(id), subnets(g),
                new ArrayList<>(g.availabilityZones()),
                template == null ? null : new AutoScalingGroup.LaunchTemplateRef(templateId(template, launch),
                        template.version()),
                g.launchConfigurationName(),
                launch == null ? null : launch.securityGroupIds(),
                launch == null ? null : launch.associatePublicIp());
    }

    // The lt-… id: as the group names it, else as the template version read says (null when that failed).
    private static String templateId(TemplateKey template, LaunchSettings.Settings launch) {
        if (template.id() != null) {
            return template.id();
        }
        return launch == null ? null : launch.launchTemplateId();
    }

    // Groups named by name cannot be listed by id without another lookup; the field stays unknown.
    private static void namedGroupsGap(RegionScope scope, String group, TemplateKey template, Api source) {
        String what = template == null ? "the launch configuration"
                : "launch template " + (template.id() != null ? template.id() : template.name());
        scope.addGap(new Gap(Gap.Kind.COLLECTION, group, "/security_group_ids",
                what + " names its security groups by name, not by id; the snapshot lists them by id",
                null, scope.account, scope.region, source.action(), "Unresolved"));
    }

    static List<String> subnets(software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup g) {
        Set<String> subnets = new LinkedHashSet<>();
        if (g.vpcZoneIdentifier() != null) {
            Arrays.stream(g.vpcZoneIdentifier().split(","))
                    .map(String::trim)
                    .filter(s -> !s.isEmpty())
                    .forEach(subnets::add);
        }
        return new ArrayList<>(subnets);
    }

    static TemplateKey template(software.amazon.awssdk.services.autoscaling.model.AutoScalingGroup g) {
        LaunchTemplateSpecification spec = g.launchTemplate();
        if (spec == null && g.mixedInstancesPolicy() != null && g.mixedInstancesPolicy().launchTemplate() != null) {
            spec = g.mixedInstancesPolicy().launchTemplate().launchTemplateSpecification();
        }
        if (spec == null || (spec.launchTemplateId() == null && spec.launchTemplateName() == null)) {
            return null;
        }
        return new TemplateKey(spec.launchTemplateId(), spec.launchTemplateId() == null ? spec.launchTemplateName() : null,
                spec.version() == null ? "$Default" : spec.version());
    }
}
