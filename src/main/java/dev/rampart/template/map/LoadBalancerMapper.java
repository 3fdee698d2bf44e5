package dev.rampart.template.map;

import dev.rampart.snapshot.Listener;
import dev.rampart.snapshot.LoadBalancer;
import dev.rampart.snapshot.TargetGroup;
import dev.rampart.template.resolve.ImplicitIds;
import dev.rampart.template.resolve.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Elastic Load Balancing v2: load balancers (their VPC and zones come from their subnets), listeners with
 * their default actions, and target groups with the load balancers that forward to them (through
 * listeners and listener rules).
 */
final class LoadBalancerMapper implements FamilyMapper {
    static final String LOAD_BALANCER = "AWS::ElasticLoadBalancingV2::LoadBalancer";
    static final String LISTENER = "AWS::ElasticLoadBalancingV2::Listener";
    static final String TARGET_GROUP = "AWS::ElasticLoadBalancingV2::TargetGroup";
    /** Read to find which load balancers forward to a target group; counted as unsupported (no snapshot kind). */
    static final String LISTENER_RULE = "AWS::ElasticLoadBalancingV2::ListenerRule";

    @Override
    public Set<String> types() {
        return Set.of(LOAD_BALANCER, LISTENER, TARGET_GROUP);
    }

    @Override
    public Set<String> reads() {
        return Set.of(LOAD_BALANCER, LISTENER, TARGET_GROUP, LISTENER_RULE);
    }

    @Override
    public void map(MappingContext ctx) {
        for (TemplateResource r : ctx.ofType(LOAD_BALANCER)) {
            loadBalancer(ctx, r);
        }
        Map<String, Set<String>> balancersOfGroup = new HashMap<>();
        Map<String, String> balancerOfListener = new HashMap<>();
        for (TemplateResource r : ctx.ofType(LISTENER)) {
            Fields f = ctx.fields(r);
            String lb = f.string("/load_balancer_id", f.prop("LoadBalancerArn"));
            balancerOfListener.put(r.id(), lb);
            List<Listener.Action> actions = actions(f, f.prop("DefaultActions"));
            forwardTargets(lb, actions, balancersOfGroup);
            String protocol = upper(f.string("/protocol", f.prop("Protocol")));
            ctx.emit(new Listener(r.id(), r.account(), r.region(), Map.of(), r.location(), lb, protocol,
                    f.integer("/port", f.prop("Port")), sslPolicy(f, protocol), actions));
        }
        for (TemplateResource rule : ctx.ofType(LISTENER_RULE)) {
            // Rules are not in the snapshot, so what cannot be resolved in them is not reported as a gap;
            // a target group then lists only the load balancers that are known to forward to it.
            Fields f = new Fields(rule.id(), rule.location(), new GapSink(), rule.properties());
            String listener = f.string("/ListenerArn", f.prop("ListenerArn"));
            forwardTargets(balancerOfListener.get(listener), actions(f, f.prop("Actions")), balancersOfGroup);
        }
        for (TemplateResource r : ctx.ofType(TARGET_GROUP)) {
            Fields f = ctx.fields(r);
            ctx.emit(new TargetGroup(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(),
                    f.string("/name", f.prop("Name")),
                    f.string("/vpc_id", f.prop("VpcId")),
                    upper(f.string("/protocol", f.prop("Protocol"))),
                    f.integer("/port", f.prop("Port")),
                    f.string("/target_type", f.prop("TargetType"), "instance"),
                    new ArrayList<>(balancersOfGroup.getOrDefault(r.id(), Set.of()))));
        }
    }

    private static void loadBalancer(MappingContext ctx, TemplateResource r) {
        Fields f = ctx.fields(r);
        Value subnetValue = f.prop("Subnets");
        if (subnetValue == null && f.prop("SubnetMappings") instanceof Value.ListValue mappings) {
            subnetValue = new Value.ListValue(mappings.items().stream()
                    .map(m -> Fields.get(m, "SubnetId") == null ? (Value) Value.NULL : Fields.get(m, "SubnetId"))
                    .toList());
        }
        List<String> subnets = f.strings("/subnet_ids", subnetValue);
        LoadBalancer.Type type = f.prop("Type") == null
                ? LoadBalancer.Type.APPLICATION
                : f.oneOf("/type", f.prop("Type"), LoadBalancer.Type.class);
        LoadBalancer.Scheme scheme = f.prop("Scheme") == null
                ? (type == LoadBalancer.Type.GATEWAY ? null : LoadBalancer.Scheme.INTERNET_FACING)
                : f.oneOf("/scheme", f.prop("Scheme"), LoadBalancer.Scheme.class);
        String vpcId = null;
        List<String> zones = null;
        if (subnets != null) {
            zones = new ArrayList<>();
            for (String subnetId : subnets) {
                TemplateResource subnet = ctx.resource(subnetId);
                Fields sf = subnet == null ? null : ctx.fields(subnet);
                if (sf != null && vpcId == null) {
                    vpcId = f.string("/vpc_id", sf.prop("VpcId"));
                }
                Value zone = sf == null ? null : sf.prop("AvailabilityZone");
                if (zone == null) {
                    f.note("/availability_zones/" + zones.size(), "the zone of subnet " + subnetId + " is not known");
                    zones.add(null);
                } else {
                    zones.add(f.string("/availability_zones/" + zones.size(), zone));
                }
            }
            if (vpcId == null) {
                f.note("/vpc_id", "the VPC of a load balancer comes from its subnets, none of which is in the"
                        + " templates read");
            }
        }
        ctx.emit(new LoadBalancer(r.id(), r.account(), r.region(), f.tags(f.prop("Tags")), r.location(),
                f.string("/name", f.prop("Name")), type, scheme, vpcId, subnets, zones,
                securityGroups(ctx, f, type, vpcId)));
    }

    // An application load balancer created without security groups gets its VPC's default group.
    private static List<String> securityGroups(MappingContext ctx, Fields f, LoadBalancer.Type type, String vpcId) {
        Value groups = f.prop("SecurityGroups");
        if (groups != null || type != LoadBalancer.Type.APPLICATION) {
            return f.strings("/security_group_ids", groups, List.of());
        }
        if (ctx.vpc(vpcId) != null) {
            return List.of(vpcId + ImplicitIds.DEFAULT_SECURITY_GROUP);
        }
        f.note("/security_group_ids", "the load balancer uses the default security group of its VPC, which is not"
                + " in the templates read");
        return null;
    }

    private static String sslPolicy(Fields f, String protocol) {
        Value policy = f.prop("SslPolicy");
        if (policy == null && ("HTTPS".equals(protocol) || "TLS".equals(protocol))) {
            f.note("/ssl_policy", "the listener leaves its SSL policy to AWS's default at creation time");
        }
        return f.string("/ssl_policy", policy);
    }

    private static List<Listener.Action> actions(Fields f, Value value) {
        List<Value> items = f.list("/default_actions", value);
        if (items == null) {
            return null;
        }
        List<Listener.Action> actions = new ArrayList<>();
        for (Value a : items) {
            String at = "/default_actions/" + actions.size();
            String type = f.string(at + "/type", Fields.get(a, "Type"));
            List<String> groups = new ArrayList<>();
            Value single = Fields.get(a, "TargetGroupArn");
            if (single != null) {
                groups.add(f.string(at + "/target_group_ids/0", single));
            }
            List<Value> weighted = f.list(at + "/target_group_ids", Fields.get(Fields.get(a, "ForwardConfig"),
                    "TargetGroups"));
            for (Value tg : weighted == null ? List.<Value>of() : weighted) {
                String id = f.string(at + "/target_group_ids/" + groups.size(), Fields.get(tg, "TargetGroupArn"));
                if (id == null || !groups.contains(id)) {
                    groups.add(id);
                }
            }
            actions.add(new Listener.Action(type == null ? null : type.toLowerCase(Locale.ROOT), groups,
                    redirect(f, at + "/redirect", Fields.get(a, "RedirectConfig"))));
        }
        return actions;
    }

    // Redirect fields AWS fills in when a template leaves them out.
    private static Listener.Redirect redirect(Fields f, String at, Value config) {
        if (config == null) {
            return null;
        }
        return new Listener.Redirect(
                f.string(at + "/protocol", Fields.get(config, "Protocol"), "#{protocol}"),
                f.string(at + "/port", Fields.get(config, "Port"), "#{port}"),
                f.string(at + "/host", Fields.get(config, "Host"), "#{host}"),
                f.string(at + "/path", Fields.get(config, "Path"), "/#{path}"),
                f.string(at + "/query", Fields.get(config, "Query"), "#{query}"),
                f.string(at + "/status_code", Fields.get(config, "StatusCode")));
    }

    private static void forwardTargets(String lb, List<Listener.Action> actions, Map<String, Set<String>> out) {
        if (lb == null || actions == null) {
            return;
        }
        for (Listener.Action a : actions) {
            for (String tg : a.targetGroupIds()) {
                if (tg != null) {
                    out.computeIfAbsent(tg, k -> new TreeSet<>()).add(lb);
                }
            }
        }
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }
}
