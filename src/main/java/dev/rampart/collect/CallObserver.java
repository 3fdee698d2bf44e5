package dev.rampart.collect;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Sees every HTTP request the SDK clients send: counts attempts (retries included) and tells the scrubber the
 * exact credentials on the request (access key id and security token), so that no error message that happens
 * to quote them can carry them into a gap.
 */
final class CallObserver implements ExecutionInterceptor {
    private final CollectionProgress progress;
    private final SecretScrubber scrubber;

    CallObserver(CollectionProgress progress, SecretScrubber scrubber) {
        this.progress = progress;
        this.scrubber = scrubber;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        progress.attemptSent();
        SdkHttpRequest request = context.httpRequest();
        // One token and one key id per set of credentials, so the scrubber's list stays small; signatures
        // change with every request and are removed by pattern instead.
        request.firstMatchingHeader("X-Amz-Security-Token").ifPresent(scrubber::register);
        request.firstMatchingHeader("Authorization").ifPresent(auth -> {
            for (String part : auth.split("[ ,]+")) {
                if (part.startsWith("Credential=")) {
                    // Credential=AKID/date/region/service/aws4_request: the key id is the secret part.
                    String value = part.substring("Credential=".length());
                    scrubber.register(value.contains("/") ? value.substring(0, value.indexOf('/')) : value);
                }
            }
        });
    }
}
