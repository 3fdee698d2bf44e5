package dev.rampart.collect;

import java.util.Locale;

/**
 * The AWS services the collector talks to: the prefix IAM and gap entries use for their operations, and
 * the service id the SDKs use for service-specific endpoint variables ({@code AWS_ENDPOINT_URL_<ID>}).
 */
public enum AwsService {
    EC2("ec2", "EC2"),
    ECS("ecs", "ECS"),
    ELBV2("elasticloadbalancing", "Elastic Load Balancing v2"),
    AUTO_SCALING("autoscaling", "Auto Scaling"),
    SERVICE_DISCOVERY("servicediscovery", "ServiceDiscovery"),
    STS("sts", "STS"),
    ORGANIZATIONS("organizations", "Organizations");

    private final String iamPrefix;
    private final String serviceId;

    AwsService(String iamPrefix, String serviceId) {
        this.iamPrefix = iamPrefix;
        this.serviceId = serviceId;
    }

    /** The prefix of the service's IAM actions, e.g. {@code elasticloadbalancing}. */
    public String iamPrefix() {
        return iamPrefix;
    }

    /**
     * The name of the service-specific endpoint variable, e.g. {@code AWS_ENDPOINT_URL_ELASTIC_LOAD_BALANCING_V2}:
     * the SDK service id upper-cased with spaces as underscores, as the AWS SDKs and CLI define it.
     */
    public String endpointVariable() {
        return "AWS_ENDPOINT_URL_" + serviceId.toUpperCase(Locale.ROOT).replace(' ', '_');
    }
}
