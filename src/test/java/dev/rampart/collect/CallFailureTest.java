package dev.rampart.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;

class CallFailureTest {
    private final SecretScrubber scrubber = new SecretScrubber();

    private CallFailure service(String code, int status, String message) {
        return CallFailure.of(AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage(message).build()).build(),
                scrubber);
    }

    @Test
    void everySpellingOfAccessDeniedIsAccessDenied() {
        for (String code : new String[] {"AccessDenied", "AccessDeniedException", "UnauthorizedOperation",
                "UnauthorizedException", "AuthorizationError"}) {
            assertThat(service(code, 403, "no").errorCode()).as(code).isEqualTo("AccessDenied");
        }
    }

    @Test
    void everySpellingOfThrottlingIsThrottling() {
        for (String code : new String[] {"Throttling", "ThrottlingException", "RequestLimitExceeded",
                "TooManyRequestsException", "RequestThrottled"}) {
            assertThat(service(code, 400, "slow down").errorCode()).as(code).isEqualTo("Throttling");
        }
    }

    @Test
    void otherServiceErrorsKeepAwsCodeAndStatusInTheReason() {
        CallFailure f = service("InvalidVpcID.NotFound", 400, "The vpc ID 'vpc-1' does not exist");
        assertThat(f.errorCode()).isEqualTo("InvalidVpcID.NotFound");
        assertThat(f.reason()).isEqualTo("The vpc ID 'vpc-1' does not exist (HTTP 400, InvalidVpcID.NotFound)");
    }

    @Test
    void timeoutsAreTimeout() {
        assertThat(CallFailure.of(ApiCallAttemptTimeoutException.create(300), scrubber).errorCode())
                .isEqualTo("Timeout");
        assertThat(CallFailure.of(SdkClientException.create("read failed", new SocketTimeoutException("Read timed out")),
                scrubber).errorCode()).isEqualTo("Timeout");
    }

    @Test
    void responsesThatCannotBeParsedAreMalformed() {
        SdkClientException e = SdkClientException.create("Unable to unmarshall response (ParseError at [row,col]:[7,1])");
        assertThat(CallFailure.of(e, scrubber).errorCode()).isEqualTo("MalformedResponse");
    }

    @Test
    void reasonsAreScrubbed() {
        CallFailure f = service("SignatureDoesNotMatch", 403, "x-amz-security-token:FwoGZXIvYXdzEBYaDH\nCredential=AKIAIOSFODNN7EXAMPLE/x");
        assertThat(f.reason()).doesNotContain("FwoGZXIvYXdzEBYaDH").doesNotContain("AKIAIOSFODNN7EXAMPLE");
    }
}
