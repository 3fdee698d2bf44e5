package dev.rampart.collect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretScrubberTest {
    private final SecretScrubber scrubber = new SecretScrubber();

    @Test
    void aRegisteredSecretIsRemovedWhereverItAppears() {
        scrubber.register("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

        assertThat(scrubber.scrub("key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY was refused"))
                .isEqualTo("key [redacted] was refused");
    }

    @Test
    void accessKeyIdsAreRemovedEvenWhenNotRegistered() {
        assertThat(scrubber.scrub("The access key AKIAIOSFODNN7EXAMPLE and ASIAQ3XK7M2P9R4T6W8Y are invalid"))
                .isEqualTo("The access key [redacted] and [redacted] are invalid");
    }

    @Test
    void authorizationHeadersAreRemoved() {
        assertThat(scrubber.scrub("Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261122/eu-west-1/ec2/"
                + "aws4_request, SignedHeaders=host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c4"))
                .isEqualTo("Authorization: [redacted]");
    }

    @Test
    void securityTokenHeadersAndParametersAreRemoved() {
        assertThat(scrubber.scrub("x-amz-security-token:FwoGZXIvYXdzEBYaDH plus more"))
                .isEqualTo("x-amz-security-token:[redacted] plus more");
        assertThat(scrubber.scrub("SessionToken=abc123def456ghi"))
                .isEqualTo("SessionToken=[redacted]");
    }

    @Test
    void preSignedUrlsKeepTheirAddressButNotTheirQuery() {
        assertThat(scrubber.scrub("fetch https://bucket.s3.amazonaws.com/key.json?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=AKID%2F20261122&X-Amz-Signature=abcdef0123456789 failed"))
                .isEqualTo("fetch https://bucket.s3.amazonaws.com/key.json?[redacted] failed");
    }

    @Test
    void longBase64BlobsAreRemoved() {
        String blob = "IQoJb3JpZ2luX2VjEBYaCXVzLWVhc3QtMSJHMEUCIQD5pL4nTeD7kQm2Rr8sVx1YwZ3aB6cD0eF5gH2jK9mN4qS7AiBz8Cv7Bn6";
        assertThat(scrubber.scrub("token " + blob + " expired")).isEqualTo("token [redacted] expired");
    }

    @Test
    void ordinaryAwsMessagesAreKept() {
        String message = "User: arn:aws:sts::111111111111:assumed-role/RampartReadOnly/rampart-collect is not"
                + " authorized to perform: ec2:DescribeRouteTables (HTTP 403, UnauthorizedOperation)";
        assertThat(scrubber.scrub(message)).isEqualTo(message);
    }

    @Test
    void theResultIsOneLineOfAtMostFiveHundredCharacters() {
        String scrubbed = scrubber.scrub("first line\n\nsecond line " + "word ".repeat(200));
        assertThat(scrubbed).startsWith("first line second line").doesNotContain("\n").hasSize(500).endsWith("…");
    }

    @Test
    void shortValuesAreNotTreatedAsSecrets() {
        scrubber.register("abc");
        assertThat(scrubber.scrub("abc def")).isEqualTo("abc def");
    }
}
