package dev.rampart.collect;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;

/**
 * Where each service's calls go when the user points Rampart at an emulator or a proxy: {@code --endpoint-url}
 * for every service, else the standard variables {@code AWS_ENDPOINT_URL_<SERVICE>} and then
 * {@code AWS_ENDPOINT_URL}, unless {@code AWS_IGNORE_CONFIGURED_ENDPOINT_URLS} is {@code true} — the order
 * the AWS SDKs and CLI use. Null means AWS's own endpoint for the region.
 */
final class EndpointOverrides {
    static final String GLOBAL_VARIABLE = "AWS_ENDPOINT_URL";
    static final String IGNORE_VARIABLE = "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS";

    private final URI explicit;
    private final Map<String, String> environment;

    EndpointOverrides(URI explicit, Map<String, String> environment) {
        this.explicit = explicit == null ? null : check(explicit.toString(), "--endpoint-url");
        this.environment = environment;
    }

    /** The endpoint for {@code service}, or null for AWS's own. */
    URI forService(AwsService service) {
        if (explicit != null) {
            return explicit;
        }
        if ("true".equals(lower(environment.get(IGNORE_VARIABLE)))) {
            return null;
        }
        String specific = environment.get(service.endpointVariable());
        if (specific != null && !specific.isBlank()) {
            return check(specific, service.endpointVariable());
        }
        String global = environment.get(GLOBAL_VARIABLE);
        if (global != null && !global.isBlank()) {
            return check(global, GLOBAL_VARIABLE);
        }
        return null;
    }

    /** Whether any service goes somewhere other than AWS. */
    boolean any() {
        for (AwsService s : AwsService.values()) {
            if (forService(s) != null) {
                return true;
            }
        }
        return false;
    }

    private static URI check(String text, String source) {
        try {
            URI uri = new URI(text.trim());
            String scheme = lower(uri.getScheme());
            if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
                throw new CollectException(source + ": '" + text + "' is not an http(s) URL such as"
                        + " http://localhost:4566");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CollectException(source + ": '" + text + "' is not a URL (" + e.getReason() + ")");
        }
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
