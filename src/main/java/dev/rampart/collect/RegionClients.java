package dev.rampart.collect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.services.autoscaling.AutoScalingClient;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.servicediscovery.ServiceDiscoveryClient;

/** The clients of one account and region, created when first used and closed together. */
final class RegionClients implements AutoCloseable {
    private final AwsClients factory;
    private final AwsCredentialsProvider credentials;
    private final String region;
    private final List<SdkClient> open = new ArrayList<>();
    private Ec2Client ec2;
    private EcsClient ecs;
    private ElasticLoadBalancingV2Client elbv2;
    private AutoScalingClient autoScaling;
    private ServiceDiscoveryClient serviceDiscovery;

    RegionClients(AwsClients factory, AwsCredentialsProvider credentials, String region) {
        this.factory = factory;
        this.credentials = credentials;
        this.region = region;
    }

    synchronized Ec2Client ec2() {
        return ec2 = lazy(ec2, () -> factory.ec2(credentials, region));
    }

    synchronized EcsClient ecs() {
        return ecs = lazy(ecs, () -> factory.ecs(credentials, region));
    }

    synchronized ElasticLoadBalancingV2Client elbv2() {
        return elbv2 = lazy(elbv2, () -> factory.elbv2(credentials, region));
    }

    synchronized AutoScalingClient autoScaling() {
        return autoScaling = lazy(autoScaling, () -> factory.autoScaling(credentials, region));
    }

    synchronized ServiceDiscoveryClient serviceDiscovery() {
        return serviceDiscovery = lazy(serviceDiscovery, () -> factory.serviceDiscovery(credentials, region));
    }

    private <C extends SdkClient> C lazy(C current, Supplier<C> create) {
        if (current != null) {
            return current;
        }
        C client = create.get();
        open.add(client);
        return client;
    }

    @Override
    public synchronized void close() {
        open.forEach(SdkClient::close);
        open.clear();
    }
}
