package dev.rampart.collect;

import dev.rampart.snapshot.Gap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.services.autoscaling.model.DescribeLaunchConfigurationsResponse;
import software.amazon.awssdk.services.autoscaling.model.LaunchConfiguration;
import software.amazon.awssdk.services.ec2.model.DescribeLaunchTemplateVersionsResponse;
import software.amazon.awssdk.services.ec2.model.LaunchTemplateInstanceNetworkInterfaceSpecification;
import software.amazon.awssdk.services.ec2.model.ResponseLaunchTemplateData;

/**
 * What the launch templates and launch configurations of a region's Auto Scaling groups say about the
 * instances they launch: security groups and whether they get a public IP. Each template version is read
 * once ({@code ec2:DescribeLaunchTemplateVersions}), configurations 50 at a time
 * ({@code autoscaling:DescribeLaunchConfigurations}); a failed read leaves the fields of the groups that use
 * it unknown, with a gap naming each group.
 */
final class LaunchSettings {
    /** The maximum number of names DescribeLaunchConfigurations takes per call. */
    static final int CONFIGURATIONS_PER_CALL = 50;

    /**
     * @param securityGroupIds the instances' security groups; null when given by name only
     * @param associatePublicIp whether instances get a public IP; null when left to the subnet
     * @param securityGroupNames whether groups were named by name (so the ids are unknown)
     * @param source the call that read them
     * @param launchTemplateId the template's {@code lt-…} id (a group may name its template by name only)
     */
    record Settings(List<String> securityGroupIds, Boolean associatePublicIp, boolean securityGroupNames, Api source,
            String launchTemplateId) {}

    private final RegionScope scope;
    private final Map<AutoScalingCollector.TemplateKey, Settings> templates = new ConcurrentHashMap<>();
    private final Map<String, Settings> configurations = new ConcurrentHashMap<>();

    LaunchSettings(RegionScope scope) {
        this.scope = scope;
    }

    Settings ofTemplate(AutoScalingCollector.TemplateKey key) {
        return templates.get(key);
    }

    Settings ofConfiguration(String name) {
        return configurations.get(name);
    }

    /** Reads every template version; {@code users} maps each to the ids of the groups that use it. */
    void readTemplates(Map<AutoScalingCollector.TemplateKey, List<String>> users) {
        Fanout.map(users.entrySet(), e -> {
            AutoScalingCollector.TemplateKey key = e.getKey();
            String name = key.id() != null ? key.id() : key.name();
            List<Calls.Target> targets = targets(e.getValue());
            if (key.id() == null) {
                // Named by name: only this call tells the template's lt-… id.
                e.getValue().forEach(g -> targets.add(new Calls.Target(g, "/launch_template/id")));
            }
            List<DescribeLaunchTemplateVersionsResponse> pages = scope.calls.pages(
                    Api.EC2_DESCRIBE_LAUNCH_TEMPLATE_VERSIONS, "version " + key.version() + " of launch template " + name,
                    targets, scope.clients.ec2().describeLaunchTemplateVersionsPaginator(b -> {
                        if (key.id() != null) {
                            b.launchTemplateId(key.id());
                        } else {
                            b.launchTemplateName(key.name());
                        }
                        b.versions(key.version());
                    }));
            if (pages == null) {
                return null;
            }
            var version = pages.stream().flatMap(p -> p.launchTemplateVersions().stream()).findFirst();
            if (version.isPresent()) {
                templates.put(key, fromTemplate(version.get().launchTemplateData(), version.get().launchTemplateId()));
            } else {
                notFound(targets, Api.EC2_DESCRIBE_LAUNCH_TEMPLATE_VERSIONS,
                        "version " + key.version() + " of launch template " + name);
            }
            return null;
        });
    }

    /** Reads every configuration; {@code users} maps each name to the ids of the groups that use it. */
    void readConfigurations(Map<String, List<String>> users) {
        List<List<String>> batches = new ArrayList<>();
        List<String> names = new ArrayList<>(users.keySet());
        for (int i = 0; i < names.size(); i += CONFIGURATIONS_PER_CALL) {
            batches.add(names.subList(i, Math.min(names.size(), i + CONFIGURATIONS_PER_CALL)));
        }
        Fanout.map(batches, batch -> {
            List<String> groups = new ArrayList<>();
            batch.forEach(n -> groups.addAll(users.get(n)));
            List<DescribeLaunchConfigurationsResponse> pages = scope.calls.pages(
                    Api.AUTOSCALING_DESCRIBE_LAUNCH_CONFIGURATIONS, "launch configurations " + String.join(", ", batch),
                    targets(groups), scope.clients.autoScaling().describeLaunchConfigurationsPaginator(
                            b -> b.launchConfigurationNames(batch).maxRecords(CONFIGURATIONS_PER_CALL)));
            if (pages != null) {
                for (DescribeLaunchConfigurationsResponse page : pages) {
                    for (LaunchConfiguration c : page.launchConfigurations()) {
                        configurations.put(c.launchConfigurationName(), fromConfiguration(c));
                    }
                }
                for (String name : batch) {
                    if (!configurations.containsKey(name)) {
                        notFound(targets(users.get(name)), Api.AUTOSCALING_DESCRIBE_LAUNCH_CONFIGURATIONS,
                                "launch configuration " + name);
                    }
                }
            }
            return null;
        });
    }

    // The call worked but did not return what the groups name (deleted meanwhile): their settings are unknown.
    private void notFound(List<Calls.Target> targets, Api api, String what) {
        for (Calls.Target t : targets) {
            scope.addGap(new Gap(Gap.Kind.COLLECTION, t.resource(), t.field(), what + " was not found", null,
                    scope.account, scope.region, api.action(), "NotFound"));
        }
    }

    private static List<Calls.Target> targets(List<String> groups) {
        List<Calls.Target> out = new ArrayList<>();
        for (String g : groups) {
            out.add(new Calls.Target(g, "/security_group_ids"));
            out.add(new Calls.Target(g, "/associate_public_ip"));
        }
        return out;
    }

    // Network interfaces, when the template has them, carry the groups and the public-IP setting.
    static Settings fromTemplate(ResponseLaunchTemplateData data, String templateId) {
        if (data == null) {
            return new Settings(List.of(), null, false, Api.EC2_DESCRIBE_LAUNCH_TEMPLATE_VERSIONS, templateId);
        }
        LaunchTemplateInstanceNetworkInterfaceSpecification primary = null;
        for (var ni : data.networkInterfaces()) {
            if (ni.deviceIndex() == null || ni.deviceIndex() == 0) {
                primary = ni;
                break;
            }
        }
        List<String> ids = new ArrayList<>();
        if (primary != null && !primary.groups().isEmpty()) {
            ids.addAll(primary.groups());
        } else {
            ids.addAll(data.securityGroupIds());
        }
        boolean namesOnly = ids.isEmpty() && !data.securityGroups().isEmpty();
        return new Settings(namesOnly ? null : ids, primary == null ? null : primary.associatePublicIpAddress(),
                namesOnly, Api.EC2_DESCRIBE_LAUNCH_TEMPLATE_VERSIONS, templateId);
    }

    static Settings fromConfiguration(LaunchConfiguration c) {
        List<String> groups = new ArrayList<>(c.securityGroups());
        boolean names = groups.stream().anyMatch(g -> !g.startsWith("sg-"));
        return new Settings(names ? null : groups, c.associatePublicIpAddress(), names,
                Api.AUTOSCALING_DESCRIBE_LAUNCH_CONFIGURATIONS, null);
    }
}
