package dev.rampart.snapshot;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The snapshot document (see {@code docs/snapshot.md}): what one run saw of AWS networks and containers,
 * whatever the source. Resource lists are kept sorted by id and gaps in a fixed order, so the same
 * input always gives the same document.
 */
public record Snapshot(
        String schemaVersion,
        Source source,
        List<Vpc> vpcs,
        List<Subnet> subnets,
        List<RouteTable> routeTables,
        List<InternetGateway> internetGateways,
        List<EgressOnlyInternetGateway> egressOnlyInternetGateways,
        List<NatGateway> natGateways,
        List<Instance> instances,
        List<AutoScalingGroup> autoScalingGroups,
        List<SecurityGroup> securityGroups,
        List<NetworkAcl> networkAcls,
        List<VpcEndpoint> vpcEndpoints,
        List<EcsCluster> ecsClusters,
        List<EcsService> ecsServices,
        List<EcsTaskDefinition> ecsTaskDefinitions,
        List<LoadBalancer> loadBalancers,
        List<Listener> listeners,
        List<TargetGroup> targetGroups,
        List<Gap> gaps,
        List<Suppression> suppressions) {

    /** The schema version this code writes (1.1 added {@code suppressions}). */
    public static final String SCHEMA_VERSION = "1.1";

    /** The major version this code reads (any minor version of it). */
    public static final int SCHEMA_MAJOR = 1;

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Gaps in a fixed order: by kind, then resource and field, then where and why. */
    static final Comparator<Gap> GAP_ORDER = Comparator.comparing(Gap::kind)
            .thenComparing(Gap::resource, NULLS_FIRST)
            .thenComparing(Gap::field, NULLS_FIRST)
            .thenComparing(Gap::account, NULLS_FIRST)
            .thenComparing(Gap::region, NULLS_FIRST)
            .thenComparing(Gap::api, NULLS_FIRST)
            .thenComparing(Gap::reason, NULLS_FIRST);

    public Snapshot {
        vpcs = byId(vpcs);
        subnets = byId(subnets);
        routeTables = byId(routeTables);
        internetGateways = byId(internetGateways);
        egressOnlyInternetGateways = byId(egressOnlyInternetGateways);
        natGateways = byId(natGateways);
        instances = byId(instances);
        autoScalingGroups = byId(autoScalingGroups);
        securityGroups = byId(securityGroups);
        networkAcls = byId(networkAcls);
        vpcEndpoints = byId(vpcEndpoints);
        ecsClusters = byId(ecsClusters);
        ecsServices = byId(ecsServices);
        ecsTaskDefinitions = byId(ecsTaskDefinitions);
        loadBalancers = byId(loadBalancers);
        listeners = byId(listeners);
        targetGroups = byId(targetGroups);
        gaps = sorted(gaps, GAP_ORDER);
        suppressions = sorted(suppressions, SUPPRESSION_ORDER); // absent (null) in 1.0 documents
    }

    /** Suppressions by resource, then rule, then where they are written. */
    static final Comparator<Suppression> SUPPRESSION_ORDER = Comparator.comparing(Suppression::resource, NULLS_FIRST)
            .thenComparing(Suppression::rule, NULLS_FIRST)
            .thenComparing(s -> s.location() == null ? null : s.location().file(), NULLS_FIRST)
            .thenComparing(s -> s.location() == null ? null : s.location().line(),
                    Comparator.nullsFirst(Comparator.<Integer>naturalOrder()));

    /** A document of the current schema version holding {@code resources} (any kinds, any order). */
    public static Snapshot of(Source source, Collection<? extends Resource> resources, List<Gap> gaps) {
        return of(source, resources, gaps, List.of());
    }

    /** A document of the current schema version holding {@code resources}, gaps and in-template suppressions. */
    public static Snapshot of(Source source, Collection<? extends Resource> resources, List<Gap> gaps,
            List<Suppression> suppressions) {
        ResourceKinds.Buckets b = ResourceKinds.sort(resources);
        return new Snapshot(SCHEMA_VERSION, source, b.vpcs, b.subnets, b.routeTables, b.internetGateways,
                b.egressOnlyInternetGateways, b.natGateways, b.instances, b.autoScalingGroups, b.securityGroups,
                b.networkAcls, b.vpcEndpoints, b.ecsClusters, b.ecsServices, b.ecsTaskDefinitions,
                b.loadBalancers, b.listeners, b.targetGroups, gaps, suppressions);
    }

    /** Every resource of every kind, in document order. */
    public Stream<Resource> resources() {
        return Stream.of(vpcs, subnets, routeTables, internetGateways, egressOnlyInternetGateways, natGateways,
                        instances, autoScalingGroups, securityGroups, networkAcls, vpcEndpoints, ecsClusters,
                        ecsServices, ecsTaskDefinitions, loadBalancers, listeners, targetGroups)
                .flatMap(List::stream);
    }

    /** The same resources and gaps under another source description. */
    public Snapshot withSource(Source newSource) {
        return Snapshot.of(newSource, resources().toList(), gaps, suppressions);
    }

    private static <R extends Resource> List<R> byId(List<R> resources) {
        return sorted(resources, Comparator.comparing(Resource::id, NULLS_FIRST));
    }

    private static <T> List<T> sorted(List<T> items, Comparator<? super T> order) {
        List<T> copy = items == null ? new ArrayList<>() : new ArrayList<>(items);
        copy.sort(order);
        return Collections.unmodifiableList(copy);
    }
}
