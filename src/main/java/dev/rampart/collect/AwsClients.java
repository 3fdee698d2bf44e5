package dev.rampart.collect;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.builder.SdkSyncClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.organizations.OrganizationsClient;
import software.amazon.awssdk.services.servicediscovery.ServiceDiscoveryClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Builds the SDK clients of one collection: all share one HTTP client (the JDK's {@code HttpURLConnection}),
 * use AWS's adaptive retry mode with the run's attempts and backoff, the run's time limits and endpoint
 * overrides, and report every request to the {@link CallObserver}.
 */
final class AwsClients implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final SdkHttpClient http;
    private final RetrySettings retry;
    private final EndpointOverrides endpoints;
    private final CallObserver observer;

    AwsClients(RetrySettings retry, EndpointOverrides endpoints, CallObserver observer) {
        this.retry = retry;
        this.endpoints = endpoints;
        this.observer = observer;
        this.http = UrlConnectionHttpClient.builder()
                .connectionTimeout(CONNECT_TIMEOUT)
                .socketTimeout(retry.attemptTimeout())
                .build();
    }

    Ec2Client ec2(AwsCredentialsProvider credentials, String region) {
        return configure(Ec2Client.builder(), AwsService.EC2, credentials, region);
    }

    EcsClient ecs(AwsCredentialsProvider credentials, String region) {
        return configure(EcsClient.builder(), AwsService.ECS, credentials, region);
    }

    ElasticLoadBalancingV2Client elbv2(AwsCredentialsProvider credentials, String region) {
        return configure(ElasticLoadBalancingV2Client.builder(), AwsService.ELBV2, credentials, region);
    }

    AutoScalingClient autoScaling(AwsCredentialsProvider credentials, String region) {
        return configure(AutoScalingClient.builder(), AwsService.AUTO_SCALING, credentials, region);
    }

    ServiceDiscoveryClient serviceDiscovery(AwsCredentialsProvider credentials, String region) {
        return configure(ServiceDiscoveryClient.builder(), AwsService.SERVICE_DISCOVERY, credentials, region);
    }

    StsClient sts(AwsCredentialsProvider credentials, String region) {
        return configure(StsClient.builder(), AwsService.STS, credentials, region);
    }

    OrganizationsClient organizations(AwsCredentialsProvider credentials, String region) {
        return configure(OrganizationsClient.builder(), AwsService.ORGANIZATIONS, credentials, region);
    }

    private <B extends AwsClientBuilder<B, C> & SdkSyncClientBuilder<B, C>, C> C configure(
            B builder, AwsService service, AwsCredentialsProvider credentials, String region) {
        builder.region(Region.of(region))
                .credentialsProvider(credentials)
                .httpClient(http)
                .overrideConfiguration(ClientOverrideConfiguration.builder()
                        .retryStrategy(retryStrategy())
                        .apiCallAttemptTimeout(retry.attemptTimeout())
                        .apiCallTimeout(retry.callTimeout())
                        .addExecutionInterceptor(observer)
                        .build());
        URI endpoint = endpoints.forService(service);
        if (endpoint != null) {
            builder.endpointOverride(endpoint);
        }
        return builder.build();
    }

    // A new strategy per client: the adaptive mode's rate limiter tracks one client's throttling.
    private RetryStrategy retryStrategy() {
        return AwsRetryStrategy.adaptiveRetryStrategy().toBuilder()
                .maxAttempts(retry.maxAttempts())
                .backoffStrategy(BackoffStrategy.exponentialDelay(retry.baseDelay(), retry.maxDelay()))
                .throttlingBackoffStrategy(
                        BackoffStrategy.exponentialDelay(retry.throttlingBaseDelay(), retry.maxDelay()))
                .build();
    }

    @Override
    public void close() {
        http.close();
    }
}
