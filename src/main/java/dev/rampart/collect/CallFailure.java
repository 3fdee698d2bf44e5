package dev.rampart.collect;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;

/**
 * Why a call failed for good, as a gap records it: a short error code ({@code AccessDenied},
 * {@code Throttling}, {@code Timeout}, {@code MalformedResponse}, or AWS's own code) and a scrubbed,
 * human-readable reason.
 */
record CallFailure(String errorCode, String reason) {
    static final String ACCESS_DENIED = "AccessDenied";
    static final String THROTTLING = "Throttling";
    static final String TIMEOUT = "Timeout";
    static final String MALFORMED = "MalformedResponse";
    static final String CONNECTION = "ConnectionFailed";
    static final String CLIENT_ERROR = "ClientError";

    // AWS services spell "not allowed" and "slow down" in many ways; gaps use one code for each.
    private static final Set<String> ACCESS_DENIED_CODES = Set.of("accessdenied", "accessdeniedexception",
            "unauthorizedoperation", "unauthorizedexception", "authorizationerror", "authorizationerrorexception");
    private static final Set<String> THROTTLING_CODES = Set.of("throttling", "throttlingexception",
            "throttledexception", "requestlimitexceeded", "toomanyrequestsexception", "requestthrottled",
            "requestthrottledexception", "slowdown", "ec2throttledexception", "bandwidthlimitexceeded",
            "priorrequestnotcomplete");

    /** Classifies {@code failure} (whatever the SDK or the collector threw) and scrubs its message. */
    static CallFailure of(Throwable failure, SecretScrubber scrubber) {
        AwsServiceException service = find(failure, AwsServiceException.class);
        if (service != null) {
            return fromService(service, scrubber);
        }
        if (find(failure, MalformedResponseException.class) != null || isParseFailure(failure)) {
            return new CallFailure(MALFORMED, "the response could not be read: " + scrubber.scrub(messages(failure)));
        }
        if (find(failure, ApiCallTimeoutException.class) != null
                || find(failure, ApiCallAttemptTimeoutException.class) != null
                || find(failure, SocketTimeoutException.class) != null
                || (find(failure, InterruptedIOException.class) != null)) {
            return new CallFailure(TIMEOUT, "the call timed out: " + scrubber.scrub(messages(failure)));
        }
        if (find(failure, ConnectException.class) != null || find(failure, UnknownHostException.class) != null) {
            return new CallFailure(CONNECTION, "the service could not be reached: " + scrubber.scrub(messages(failure)));
        }
        return new CallFailure(CLIENT_ERROR, scrubber.scrub(messages(failure)));
    }

    private static CallFailure fromService(AwsServiceException e, SecretScrubber scrubber) {
        String awsCode = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        if (message == null || message.isBlank()) {
            message = "the service gave no error message";
        }
        String key = awsCode == null ? "" : awsCode.toLowerCase(Locale.ROOT);
        String code;
        if (ACCESS_DENIED_CODES.contains(key) || (awsCode == null && e.statusCode() == 403)) {
            code = ACCESS_DENIED;
        } else if (THROTTLING_CODES.contains(key) || e.isThrottlingException()) {
            code = THROTTLING;
        } else if (awsCode != null && !awsCode.isBlank()) {
            code = awsCode;
        } else {
            code = "HTTP" + e.statusCode();
        }
        String detail = "HTTP " + e.statusCode() + (awsCode == null ? "" : ", " + awsCode);
        return new CallFailure(code, scrubber.scrub(message) + " (" + scrubber.scrub(detail) + ")");
    }

    // The SDK reports a body it cannot parse as a client exception caused by the XML or JSON parser.
    private static boolean isParseFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.startsWith("javax.xml.stream.") || name.startsWith("org.xml.sax.")
                    || name.endsWith("JsonParseException") || name.endsWith("JsonEOFException")
                    || name.endsWith("MismatchedInputException")
                    || (t.getMessage() != null && t.getMessage().startsWith("Unable to unmarshall response"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static String messages(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null && out.length() < 1000; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && out.indexOf(m) < 0) {
                if (!out.isEmpty()) {
                    out.append(": ");
                }
                out.append(m);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return out.isEmpty() ? failure.getClass().getSimpleName() : out.toString();
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
