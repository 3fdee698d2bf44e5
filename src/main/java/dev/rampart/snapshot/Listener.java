package dev.rampart.snapshot;

import java.util.List;
import java.util.Map;

/**
 * A load balancer listener ({@code listeners}).
 *
 * @param protocol {@code HTTP}, {@code HTTPS}, {@code TCP}, {@code TLS}, {@code UDP}, {@code TCP_UDP} or {@code GENEVE}
 */
public record Listener(
        String id,
        String account,
        String region,
        Map<String, String> tags,
        Location location,
        String loadBalancerId,
        String protocol,
        Integer port,
        String sslPolicy,
        List<Action> defaultActions)
        implements Resource {
    public Listener {
        tags = Copies.sortedMap(tags);
        defaultActions = Copies.list(defaultActions);
    }

    /**
     * A listener action.
     *
     * @param type {@code forward}, {@code redirect}, {@code fixed-response}, {@code authenticate-oidc} or
     *     {@code authenticate-cognito}
     */
    public record Action(String type, List<String> targetGroupIds, Redirect redirect) {
        public Action {
            targetGroupIds = Copies.list(targetGroupIds);
        }
    }

    /** Where a redirect action sends the client ({@code #{protocol}} style placeholders kept as given). */
    public record Redirect(String protocol, String port, String host, String path, String query, String statusCode) {}
}
