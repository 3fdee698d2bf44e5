package dev.rampart.collect;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every AWS API operation the collector calls, and the one place that list is kept: a call can only be
 * made through one of these constants (see {@link Calls}), {@code docs/iam-policy.json} is checked against
 * them, and gap entries name them ({@code ec2:DescribeRouteTables}).
 */
public enum Api {
    EC2_DESCRIBE_REGIONS(AwsService.EC2, "DescribeRegions", Permission.READ_ONLY),
    EC2_DESCRIBE_VPCS(AwsService.EC2, "DescribeVpcs", Permission.READ_ONLY),
    EC2_DESCRIBE_VPC_ATTRIBUTE(AwsService.EC2, "DescribeVpcAttribute", Permission.READ_ONLY),
    EC2_DESCRIBE_SUBNETS(AwsService.EC2, "DescribeSubnets", Permission.READ_ONLY),
    EC2_DESCRIBE_ROUTE_TABLES(AwsService.EC2, "DescribeRouteTables", Permission.READ_ONLY),
    EC2_DESCRIBE_INTERNET_GATEWAYS(AwsService.EC2, "DescribeInternetGateways", Permission.READ_ONLY),
    EC2_DESCRIBE_EGRESS_ONLY_INTERNET_GATEWAYS(AwsService.EC2, "DescribeEgressOnlyInternetGateways",
            Permission.READ_ONLY),
    EC2_DESCRIBE_NAT_GATEWAYS(AwsService.EC2, "DescribeNatGateways", Permission.READ_ONLY),
    EC2_DESCRIBE_INSTANCES(AwsService.EC2, "DescribeInstances", Permission.READ_ONLY),
    EC2_DESCRIBE_SECURITY_GROUPS(AwsService.EC2, "DescribeSecurityGroups", Permission.READ_ONLY),
    EC2_DESCRIBE_NETWORK_ACLS(AwsService.EC2, "DescribeNetworkAcls", Permission.READ_ONLY),
    EC2_DESCRIBE_VPC_ENDPOINTS(AwsService.EC2, "DescribeVpcEndpoints", Permission.READ_ONLY),
    EC2_DESCRIBE_LAUNCH_TEMPLATE_VERSIONS(AwsService.EC2, "DescribeLaunchTemplateVersions", Permission.READ_ONLY),
    AUTOSCALING_DESCRIBE_AUTO_SCALING_GROUPS(AwsService.AUTO_SCALING, "DescribeAutoScalingGroups",
            Permission.READ_ONLY),
    AUTOSCALING_DESCRIBE_LAUNCH_CONFIGURATIONS(AwsService.AUTO_SCALING, "DescribeLaunchConfigurations",
            Permission.READ_ONLY),
    ECS_LIST_CLUSTERS(AwsService.ECS, "ListClusters", Permission.READ_ONLY),
    ECS_DESCRIBE_CLUSTERS(AwsService.ECS, "DescribeClusters", Permission.READ_ONLY),
    ECS_LIST_SERVICES(AwsService.ECS, "ListServices", Permission.READ_ONLY),
    ECS_DESCRIBE_SERVICES(AwsService.ECS, "DescribeServices", Permission.READ_ONLY),
    ECS_DESCRIBE_TASK_DEFINITION(AwsService.ECS, "DescribeTaskDefinition", Permission.READ_ONLY),
    SERVICEDISCOVERY_LIST_NAMESPACES(AwsService.SERVICE_DISCOVERY, "ListNamespaces", Permission.READ_ONLY),
    ELBV2_DESCRIBE_LOAD_BALANCERS(AwsService.ELBV2, "DescribeLoadBalancers", Permission.READ_ONLY),
    ELBV2_DESCRIBE_LISTENERS(AwsService.ELBV2, "DescribeListeners", Permission.READ_ONLY),
    ELBV2_DESCRIBE_TARGET_GROUPS(AwsService.ELBV2, "DescribeTargetGroups", Permission.READ_ONLY),
    ELBV2_DESCRIBE_TAGS(AwsService.ELBV2, "DescribeTags", Permission.READ_ONLY),
    /** Who the base credentials are; AWS allows it to every identity, so no policy grants it. */
    STS_GET_CALLER_IDENTITY(AwsService.STS, "GetCallerIdentity", Permission.NONE),
    STS_ASSUME_ROLE(AwsService.STS, "AssumeRole", Permission.ASSUME_ROLE),
    ORGANIZATIONS_LIST_ACCOUNTS(AwsService.ORGANIZATIONS, "ListAccounts", Permission.ORGANIZATION);

    /**
     * Which statement of {@code docs/iam-policy.json} grants an operation, i.e. which identity needs it: the
     * read-only role in every scanned account, or the identity that runs Rampart.
     */
    public enum Permission {
        /** Granted to the identity whose credentials read each scanned account (the read-only role). */
        READ_ONLY("RampartReadOnly"),
        /** Granted to the identity that runs Rampart, for {@code --role-arn}. */
        ASSUME_ROLE("RampartAssumeRole"),
        /** Granted to the identity that runs Rampart, for {@code --organization}. */
        ORGANIZATION("RampartListAccounts"),
        /** Needs no permission. */
        NONE(null);

        private final String statementId;

        Permission(String statementId) {
            this.statementId = statementId;
        }

        /** The {@code Sid} of the policy statement that grants it, or null when none is needed. */
        public String statementId() {
            return statementId;
        }
    }

    private final AwsService service;
    private final String operation;
    private final Permission permission;

    Api(AwsService service, String operation, Permission permission) {
        this.service = service;
        this.operation = operation;
        this.permission = permission;
    }

    public AwsService service() {
        return service;
    }

    /** The operation name as AWS spells it, e.g. {@code DescribeRouteTables}. */
    public String operation() {
        return operation;
    }

    public Permission permission() {
        return permission;
    }

    /** The IAM action, which is also how gaps name the call: {@code ec2:DescribeRouteTables}. */
    public String action() {
        return service.iamPrefix() + ":" + operation;
    }

    /** The IAM actions a policy statement must grant, sorted. */
    public static Set<String> actionsGrantedBy(Permission permission) {
        return Arrays.stream(values())
                .filter(a -> a.permission == permission)
                .map(Api::action)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
