package dev.rampart.snapshot;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Snapshots for tests: one resource of every kind with every nested shape filled in. */
final class SnapshotSamples {
    private SnapshotSamples() {}

    static final String A = "111111111111";
    static final String R = "eu-west-1";

    static Location at(String logicalId, int line) {
        return new Location("fixtures/net.yaml", line, 3, "net", logicalId, "net/" + logicalId + "/Resource", null);
    }

    static Source source() {
        return new Source(Source.Kind.TEMPLATE, "0.1.0", "2025-01-01T00:00:00Z", List.of(A), List.of(R),
                List.of("fixtures/net.yaml"), List.of(new StackInfo("net", "fixtures/net.yaml", A, R, null)),
                Map.of("AWS::IAM::Role", 2));
    }

    static List<Resource> everyKind() {
        Map<String, String> tags = Map.of("environment", "prod");
        return List.of(
                new Vpc("net/Vpc", A, R, tags, at("Vpc", 4), "10.0.0.0/16", List.of(), false, true, true),
                new Subnet("net/Public", A, R, tags, at("Public", 10), "net/Vpc", "10.0.0.0/24", null, "eu-west-1a", true),
                new RouteTable("net/PublicRt", A, R, Map.of(), at("PublicRt", 20), "net/Vpc", false, false,
                        List.of(new RouteTable.Association("net/Public")),
                        List.of(new RouteTable.Route("10.0.0.0/16", RouteTable.DestinationKind.IPV4,
                                        new RouteTable.Target(RouteTable.TargetKind.LOCAL, "local")),
                                new RouteTable.Route("0.0.0.0/0", RouteTable.DestinationKind.IPV4,
                                        new RouteTable.Target(RouteTable.TargetKind.IGW, "net/Igw")))),
                new InternetGateway("net/Igw", A, R, Map.of(), at("Igw", 30), List.of(new InternetGateway.Attachment("net/Vpc"))),
                new EgressOnlyInternetGateway("net/Eigw", A, R, Map.of(), at("Eigw", 35), "net/Vpc"),
                new NatGateway("net/Nat", A, R, Map.of(), at("Nat", 40), "net/Public", NatGateway.ConnectivityType.PUBLIC),
                new Instance("net/Bastion", A, R, tags, at("Bastion", 50), "net/Public", List.of("net/Sg"), true,
                        "ami-0abc", "t3.micro"),
                new AutoScalingGroup("net/Asg", A, R, tags, at("Asg", 60), List.of("net/Public"), null,
                        new AutoScalingGroup.LaunchTemplateRef("net/Lt", "1"), null, List.of("net/Sg"), false),
                new SecurityGroup("net/Sg", A, R, tags, at("Sg", 70), "net/Vpc", "web", "web servers", false,
                        List.of(new SgRule("tcp", 443, 443, List.of("0.0.0.0/0"), List.of("::/0"), List.of(),
                                List.of(), "https")),
                        List.of(new SgRule("all", 0, 65535, List.of("0.0.0.0/0"), List.of(), List.of(), List.of(), null))),
                new NetworkAcl("net/Acl", A, R, Map.of(), at("Acl", 80), "net/Vpc", false, false, List.of("net/Public"),
                        List.of(new NetworkAcl.Entry(100, false, NetworkAcl.RuleAction.ALLOW, "tcp", "0.0.0.0/0", null,
                                443, 443))),
                new VpcEndpoint("net/EcrApi", A, R, Map.of(), at("EcrApi", 90), "net/Vpc", "com.amazonaws.eu-west-1.ecr.api",
                        "ecr.api", R, VpcEndpoint.EndpointType.INTERFACE, List.of("net/Public"), List.of(), true,
                        List.of("net/Sg")),
                new EcsCluster("net/Cluster", A, R, Map.of(), at("Cluster", 100), "main", "internal.local"),
                new EcsService("net/Web", A, R, Map.of("data-classification", "confidential"), at("Web", 110), "web",
                        "net/Cluster", "net/TaskDef", EcsService.LaunchType.FARGATE, List.of(),
                        EcsTaskDefinition.NetworkMode.AWSVPC, List.of("net/Public"), List.of("net/Sg"), false,
                        List.of(new EcsService.LoadBalancerBinding("net/Tg", null, "web", 80)),
                        new EcsService.ServiceConnect(true, "internal.local", List.of(new EcsService.ScService("http",
                                "web", List.of(new EcsService.ClientAlias(80, "web.internal")),
                                new EcsService.Tls("arn:aws:acm-pca:eu-west-1:111111111111:certificate-authority/x",
                                        null, "net/TlsRole"))))),
                new EcsTaskDefinition("net/TaskDef", A, R, Map.of(), at("TaskDef", 130), "web",
                        EcsTaskDefinition.NetworkMode.AWSVPC, List.of("FARGATE"),
                        List.of(new EcsTaskDefinition.Container("web", "nginx:stable",
                                List.of(new EcsTaskDefinition.PortMapping(80, 80, "tcp", "http", "http")), "awslogs"))),
                new LoadBalancer("net/Alb", A, R, Map.of(), at("Alb", 150), "web", LoadBalancer.Type.APPLICATION,
                        LoadBalancer.Scheme.INTERNET_FACING, "net/Vpc", List.of("net/Public"), List.of("eu-west-1a"),
                        List.of("net/Sg")),
                new Listener("net/Http", A, R, Map.of(), at("Http", 160), "net/Alb", "HTTP", 80, null,
                        List.of(new Listener.Action("redirect", List.of(),
                                new Listener.Redirect("HTTPS", "443", "#{host}", "/#{path}", "#{query}", "HTTP_301")))),
                new TargetGroup("net/Tg", A, R, Map.of(), at("Tg", 170), "web", "net/Vpc", "HTTP", 80, "ip",
                        List.of("net/Alb")));
    }

    static List<Gap> gaps() {
        return List.of(
                Gap.unresolved("net/Web", "/subnet_ids/1", "parameter \"Extra\" has no value",
                        new Location("fixtures/net.yaml", 115, 20, "net", "Web", null, null)),
                Gap.collection(A, "us-east-1", "ec2:DescribeRouteTables", "AccessDenied", "not authorized"));
    }

    static Snapshot full() {
        return Snapshot.of(source(), everyKind(), gaps());
    }

    /** A VPC whose values are all unknown (every nullable field null, list elements null). */
    static Vpc unknownVpc() {
        return new Vpc("net/Unknown", null, null, new java.util.HashMap<>(Map.of("env", "x")), Location.NONE, null,
                Arrays.asList("2001:db8::/56", null), null, null, null);
    }
}
