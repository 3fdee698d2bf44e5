package dev.rampart.collect;

import dev.rampart.snapshot.Gap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecs.model.Cluster;
import software.amazon.awssdk.services.ecs.model.Service;
import software.amazon.awssdk.services.ecs.model.ServiceConnectConfiguration;
import software.amazon.awssdk.services.servicediscovery.model.ListNamespacesResponse;
import software.amazon.awssdk.services.servicediscovery.model.NamespaceSummary;

/**
 * Cloud Map namespaces by name. ECS reports a cluster's default Service Connect namespace (and often a
 * service's) as an ARN, while a template names it by name (its ARN exists only once deployed); the snapshot
 * uses the name so that both sources agree. {@code servicediscovery:ListNamespaces} is called only when some
 * ARN needs a name; when it fails the namespaces stay unknown, with a gap naming each resource.
 */
final class ServiceConnectNamespaces {
    private final Map<String, String> names;

    private ServiceConnectNamespaces(Map<String, String> names) {
        this.names = names;
    }

    /** Reads the names the clusters and services need. */
    static ServiceConnectNamespaces read(RegionScope scope, List<Cluster> clusters, List<Service> services) {
        List<Calls.Target> needing = new ArrayList<>();
        for (Cluster c : clusters) {
            if (c.serviceConnectDefaults() != null && isArn(c.serviceConnectDefaults().namespace())) {
                needing.add(new Calls.Target(c.clusterArn(), "/service_connect_namespace"));
            }
        }
        for (Service s : services) {
            ServiceConnectConfiguration sc = EcsServices.primaryConnect(s);
            if (sc != null && isArn(sc.namespace())) {
                needing.add(new Calls.Target(s.serviceArn(), "/service_connect/namespace"));
            }
        }
        Map<String, String> names = new HashMap<>();
        if (needing.isEmpty()) {
            return new ServiceConnectNamespaces(names);
        }
        List<ListNamespacesResponse> pages = scope.calls.pages(Api.SERVICEDISCOVERY_LIST_NAMESPACES,
                "the names of Cloud Map namespaces", needing,
                scope.clients.serviceDiscovery().listNamespacesPaginator(r -> r.maxResults(100)));
        if (pages != null) {
            for (ListNamespacesResponse page : pages) {
                for (NamespaceSummary n : page.namespaces()) {
                    if (n.arn() != null && n.name() != null) {
                        names.put(n.arn(), n.name());
                    }
                }
            }
            for (Calls.Target t : needing) {
                String arn = t.field().equals("/service_connect_namespace")
                        ? clusters.stream().filter(c -> c.clusterArn().equals(t.resource())).findFirst()
                                .map(c -> c.serviceConnectDefaults().namespace()).orElse(null)
                        : services.stream().filter(s -> s.serviceArn().equals(t.resource())).findFirst()
                                .map(s -> EcsServices.primaryConnect(s).namespace()).orElse(null);
                if (arn != null && !names.containsKey(arn)) {
                    scope.addGap(new Gap(Gap.Kind.COLLECTION, t.resource(), t.field(), "Cloud Map namespace " + arn
                            + " is not in this account's namespace list (shared from another account, or deleted)",
                            null, scope.account, scope.region, Api.SERVICEDISCOVERY_LIST_NAMESPACES.action(),
                            "NotFound"));
                }
            }
        }
        return new ServiceConnectNamespaces(names);
    }

    /** The name of a namespace given by name or ARN; null when an ARN's name is unknown (a gap says why). */
    String name(String nameOrArn) {
        if (nameOrArn == null || !isArn(nameOrArn)) {
            return nameOrArn;
        }
        return names.get(nameOrArn);
    }

    private static boolean isArn(String s) {
        return s != null && s.startsWith("arn:");
    }
}
