package dev.rampart.collect;

import dev.rampart.snapshot.JsonEnum;
import dev.rampart.snapshot.Listener;
import dev.rampart.snapshot.LoadBalancer;
import dev.rampart.snapshot.TargetGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AvailabilityZone;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeListenersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeLoadBalancersResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTagsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeTargetGroupsResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

/**
 * Elastic Load Balancing v2: load balancers and target groups (one listing each), the listeners of each load
 * balancer ({@code DescribeListeners}), and the tags of all three ({@code DescribeTags}, 20 resources per
 * call; a failed batch leaves those resources' tags unknown).
 */
final class LoadBalancerCollector {
    private LoadBalancerCollector() {}

    static final int TAGS_PER_CALL = 20;

    static void collect(RegionScope scope) {
        List<List<?>> listings = Fanout.map(List.of(Api.ELBV2_DESCRIBE_LOAD_BALANCERS, Api.ELBV2_DESCRIBE_TARGET_GROUPS),
                api -> api == Api.ELBV2_DESCRIBE_LOAD_BALANCERS
                        ? scope.calls.pages(api, "load balancers", List.of(),
                                scope.clients.elbv2().describeLoadBalancersPaginator(r -> r.pageSize(400)))
                        : scope.calls.pages(api, "target groups", List.of(),
                                scope.clients.elbv2().describeTargetGroupsPaginator(r -> r.pageSize(400))));
        List<software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer> balancers = new ArrayList<>();
        if (listings.get(0) != null) {
            for (Object page : listings.get(0)) {
                for (var lb : ((DescribeLoadBalancersResponse) page).loadBalancers()) {
                    if (lb.loadBalancerArn() == null) {
                        scope.calls.malformed(Api.ELBV2_DESCRIBE_LOAD_BALANCERS, "load balancers",
                                "a load balancer without LoadBalancerArn");
                    } else {
                        balancers.add(lb);
                    }
                }
            }
        }
        List<software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroup> groups = new ArrayList<>();
        if (listings.get(1) != null) {
            for (Object page : listings.get(1)) {
                for (var tg : ((DescribeTargetGroupsResponse) page).targetGroups()) {
                    if (tg.targetGroupArn() == null) {
                        scope.calls.malformed(Api.ELBV2_DESCRIBE_TARGET_GROUPS, "target groups",
                                "a target group without TargetGroupArn");
                    } else {
                        groups.add(tg);
                    }
                }
            }
        }
        List<software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener> listeners = new ArrayList<>();
        Fanout.map(balancers, lb -> listeners(scope, lb.loadBalancerArn())).forEach(listeners::addAll);

        List<String> arns = new ArrayList<>();
        balancers.forEach(lb -> arns.add(lb.loadBalancerArn()));
        listeners.forEach(l -> arns.add(l.listenerArn()));
        groups.forEach(tg -> arns.add(tg.targetGroupArn()));
        Map<String, Map<String, String>> tags = tags(scope, arns);

        for (var lb : balancers) {
            scope.add(loadBalancer(scope, lb, tags.get(lb.loadBalancerArn())));
        }
        for (var l : listeners) {
            scope.add(new Listener(l.listenerArn(), scope.account, scope.region, tags.get(l.listenerArn()),
                    RegionScope.at(l.listenerArn()), l.loadBalancerArn(), l.protocolAsString(), l.port(), l.sslPolicy(),
                    actions(l.defaultActions())));
        }
        for (var tg : groups) {
            scope.add(new TargetGroup(tg.targetGroupArn(), scope.account, scope.region, tags.get(tg.targetGroupArn()),
                    RegionScope.at(tg.targetGroupArn()), tg.targetGroupName(), tg.vpcId(), tg.protocolAsString(),
                    tg.port(), tg.targetTypeAsString(), new ArrayList<>(new TreeSet<>(tg.loadBalancerArns()))));
        }
    }

    private static List<software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener> listeners(
            RegionScope scope, String balancerArn) {
        List<DescribeListenersResponse> pages = scope.calls.pages(Api.ELBV2_DESCRIBE_LISTENERS,
                "listeners of load balancer " + balancerArn, List.of(new Calls.Target(balancerArn, null)),
                scope.clients.elbv2().describeListenersPaginator(r -> r.loadBalancerArn(balancerArn).pageSize(400)));
        List<software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener> out = new ArrayList<>();
        if (pages != null) {
            for (DescribeListenersResponse page : pages) {
                for (var l : page.listeners()) {
                    if (l.listenerArn() == null) {
                        scope.calls.malformed(Api.ELBV2_DESCRIBE_LISTENERS, "listeners", "a listener without ListenerArn");
                    } else {
                        out.add(l);
                    }
                }
            }
        }
        return out;
    }

    // Tags by ARN; resources of a failed batch are absent (their tags are unknown, with a gap each).
    private static Map<String, Map<String, String>> tags(RegionScope scope, List<String> arns) {
        Map<String, Map<String, String>> out = new HashMap<>();
        for (DescribeTagsResponse r : Fanout.map(EcsCollector.batches(arns, TAGS_PER_CALL), batch ->
                scope.calls.one(Api.ELBV2_DESCRIBE_TAGS, "tags", batch.stream().map(a -> new Calls.Target(a, "/tags")).toList(),
                        () -> scope.clients.elbv2().describeTags(b -> b.resourceArns(batch))))) {
            if (r == null) {
                continue;
            }
            for (TagDescription d : r.tagDescriptions()) {
                out.put(d.resourceArn(), Tags.of(d.tags(),
                        software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag::key,
                        software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag::value));
            }
        }
        return out;
    }

    private static LoadBalancer loadBalancer(RegionScope scope,
            software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer lb, Map<String, String> tags) {
        List<String> subnets = new ArrayList<>();
        List<String> zones = new ArrayList<>();
        for (AvailabilityZone z : lb.availabilityZones()) {
            subnets.add(z.subnetId());
            zones.add(z.zoneName());
        }
        return new LoadBalancer(lb.loadBalancerArn(), scope.account, scope.region, tags, RegionScope.at(lb.loadBalancerArn()),
                lb.loadBalancerName(), JsonEnum.parse(LoadBalancer.Type.class, lb.typeAsString()),
                JsonEnum.parse(LoadBalancer.Scheme.class, lb.schemeAsString()), lb.vpcId(), subnets, zones,
                new ArrayList<>(lb.securityGroups()));
    }

    static List<Listener.Action> actions(List<Action> actions) {
        List<Listener.Action> out = new ArrayList<>();
        for (Action a : actions) {
            List<String> groups = new ArrayList<>();
            if (a.targetGroupArn() != null) {
                groups.add(a.targetGroupArn());
            }
            if (a.forwardConfig() != null) {
                for (TargetGroupTuple t : a.forwardConfig().targetGroups()) {
                    if (t.targetGroupArn() != null && !groups.contains(t.targetGroupArn())) {
                        groups.add(t.targetGroupArn());
                    }
                }
            }
            RedirectActionConfig r = a.redirectConfig();
            out.add(new Listener.Action(a.typeAsString(), groups, r == null ? null
                    : new Listener.Redirect(r.protocol(), r.port(), r.host(), r.path(), r.query(),
                            r.statusCodeAsString())));
        }
        return out;
    }
}
