package dev.rampart.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large simulated AWS account for the collector benchmark: a WireMock extension that answers every call
 * the collector makes (EC2, Auto Scaling, ELBv2 and STS in Query/XML, ECS and Cloud Map in JSON 1.1) by
 * generating the response from the request, for any region (read from the SigV4 credential scope), with a
 * fixed artificial latency. Listings are paged at the page size the collector asks for, as AWS pages them.
 *
 * <p>One generator instead of thousands of stubs keeps WireMock's own matching cost out of the figures.
 */
final class SimulatedAws implements ResponseDefinitionTransformerV2 {
    /** How many resources of each kind one region holds. */
    record Scale(int vpcs, int subnetsPerVpc, int routeTablesPerVpc, int instances, int securityGroups,
            int endpointsPerVpc, int clusters, int servicesPerCluster, int loadBalancers, int targetGroups,
            int autoScalingGroups, int launchTemplates) {
        static final Scale LARGE = new Scale(20, 10, 6, 1500, 300, 3, 10, 15, 30, 60, 30, 10);

        /** Resources per region as the snapshot counts them. */
        int resources() {
            int vpcStuff = vpcs * (1 + subnetsPerVpc + routeTablesPerVpc + 1 + 1 + 1 + endpointsPerVpc);
            return vpcStuff + instances + securityGroups + clusters + 2 * clusters * servicesPerCluster
                    + loadBalancers * 3 + targetGroups + autoScalingGroups;
        }
    }

    static final String ACCOUNT = "123456789012";
    private static final Pattern SCOPE = Pattern.compile("Credential=[^/]+/[0-9]{8}/([a-z0-9-]+)/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Scale scale;
    private final int latencyMillis;

    SimulatedAws(Scale scale, int latencyMillis) {
        this.scale = scale;
        this.latencyMillis = latencyMillis;
    }

    @Override
    public String getName() {
        return "simulated-aws";
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        var request = event.getRequest();
        Matcher m = SCOPE.matcher(String.valueOf(request.getHeader("Authorization")));
        String region = m.find() ? m.group(1) : "us-east-1";
        int r = Math.floorMod(region.hashCode(), 251);
        String target = request.getHeader("X-Amz-Target");
        String body;
        String type;
        try {
            if (target != null) {
                body = json(target.substring(target.indexOf('.') + 1), JSON.readTree(request.getBodyAsString()), region, r);
                type = "application/x-amz-json-1.1";
            } else {
                Map<String, String> form = form(request.getBodyAsString());
                body = query(form.get("Action"), form, region, r);
                type = "text/xml;charset=UTF-8";
            }
        } catch (Exception e) {
            return new ResponseDefinitionBuilder().withStatus(500).withBody(String.valueOf(e)).build();
        }
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", type)
                .withFixedDelay(latencyMillis).withBody(body).build();
    }

    // ---- ids: region code, kind code and number, 17 hex digits like real ones
    private static String id(String prefix, int r, int kind, int n) {
        return String.format("%s-%02x%02x%013x", prefix, r, kind, n);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> out = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2) {
                out.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /** Items {@code from} … of a listing of {@code total}, {@code size} per page; the token is the next start. */
    private record Page(int from, int to, String next) {
        static Page of(String token, int total, int size) {
            int from = token == null || token.isEmpty() ? 0 : Integer.parseInt(token);
            int to = Math.min(total, from + size);
            return new Page(from, to, to < total ? Integer.toString(to) : null);
        }
    }

    private static String items(Page p, IntFunction<String> item) {
        StringBuilder out = new StringBuilder();
        for (int i = p.from(); i < p.to(); i++) {
            out.append("<item>").append(item.apply(i)).append("</item>");
        }
        return out.toString();
    }

    private static String ec2(String action, String body, Page page) {
        return "<" + action + "Response xmlns=\"http://ec2.amazonaws.com/doc/2016-11-15/\"><requestId>0</requestId>"
                + body + (page != null && page.next() != null ? "<nextToken>" + page.next() + "</nextToken>" : "")
                + "</" + action + "Response>";
    }

    private static String queryDoc(String action, String ns, String result) {
        return "<" + action + "Response xmlns=\"" + ns + "\"><" + action + "Result>" + result + "</" + action
                + "Result><ResponseMetadata><RequestId>0</RequestId></ResponseMetadata></" + action + "Response>";
    }

    private static final String TAGS = "<tagSet><item><key>environment</key><value>prod</value></item>"
            + "<item><key>team</key><value>payments</value></item></tagSet>";

    private String query(String action, Map<String, String> f, String region, int r) {
        int max = Integer.parseInt(f.getOrDefault("MaxResults", f.getOrDefault("PageSize", f.getOrDefault("MaxRecords", "1000"))));
        String token = f.containsKey("Marker") ? f.get("Marker") : f.get("NextToken");
        int subnets = scale.vpcs() * scale.subnetsPerVpc();
        switch (action) {
            case "GetCallerIdentity" -> {
                return queryDoc(action, "https://sts.amazonaws.com/doc/2011-06-15/", "<Arn>arn:aws:iam::" + ACCOUNT
                        + ":user/bench</Arn><UserId>AIDABENCH</UserId><Account>" + ACCOUNT + "</Account>");
            }
            case "DescribeVpcs" -> {
                Page p = Page.of(token, scale.vpcs(), max);
                return ec2(action, "<vpcSet>" + items(p, i -> "<vpcId>" + id("vpc", r, 1, i) + "</vpcId><ownerId>"
                        + ACCOUNT + "</ownerId><cidrBlock>10." + i + ".0.0/16</cidrBlock>" + TAGS
                        + "<isDefault>false</isDefault>") + "</vpcSet>", p);
            }
            case "DescribeVpcAttribute" -> {
                String attr = f.get("Attribute");
                return ec2(action, "<vpcId>" + f.get("VpcId") + "</vpcId><" + attr + "><value>true</value></" + attr + ">", null);
            }
            case "DescribeSubnets" -> {
                Page p = Page.of(token, subnets, max);
                return ec2(action, "<subnetSet>" + items(p, i -> "<subnetId>" + id("subnet", r, 2, i) + "</subnetId>"
                        + "<ownerId>" + ACCOUNT + "</ownerId><vpcId>" + id("vpc", r, 1, i / scale.subnetsPerVpc())
                        + "</vpcId><cidrBlock>10." + i / scale.subnetsPerVpc() + "." + i % scale.subnetsPerVpc()
                        + ".0/24</cidrBlock><availabilityZone>" + region + (char) ('a' + i % 3)
                        + "</availabilityZone><mapPublicIpOnLaunch>" + (i % 4 == 0) + "</mapPublicIpOnLaunch>" + TAGS)
                        + "</subnetSet>", p);
            }
            case "DescribeRouteTables" -> {
                Page p = Page.of(token, scale.vpcs() * scale.routeTablesPerVpc(), max);
                return ec2(action, "<routeTableSet>" + items(p, i -> {
                    int vpc = i / scale.routeTablesPerVpc();
                    boolean main = i % scale.routeTablesPerVpc() == 0;
                    return "<routeTableId>" + id("rtb", r, 3, i) + "</routeTableId><vpcId>" + id("vpc", r, 1, vpc)
                            + "</vpcId><ownerId>" + ACCOUNT + "</ownerId><routeSet><item><destinationCidrBlock>10." + vpc
                            + ".0.0/16</destinationCidrBlock><gatewayId>local</gatewayId><state>active</state></item>"
                            + "<item><destinationCidrBlock>0.0.0.0/0</destinationCidrBlock>"
                            + (i % 2 == 0 ? "<gatewayId>" + id("igw", r, 4, vpc) + "</gatewayId>"
                                    : "<natGatewayId>" + id("nat", r, 5, vpc) + "</natGatewayId>")
                            + "<state>active</state></item></routeSet><associationSet><item><main>" + main
                            + "</main>" + (main ? "" : "<subnetId>" + id("subnet", r, 2, vpc * scale.subnetsPerVpc()
                                    + i % scale.routeTablesPerVpc()) + "</subnetId>")
                            + "<associationState><state>associated</state></associationState></item></associationSet>"
                            + TAGS;
                }) + "</routeTableSet>", p);
            }
            case "DescribeInternetGateways" -> {
                Page p = Page.of(token, scale.vpcs(), max);
                return ec2(action, "<internetGatewaySet>" + items(p, i -> "<internetGatewayId>" + id("igw", r, 4, i)
                        + "</internetGatewayId><ownerId>" + ACCOUNT + "</ownerId><attachmentSet><item><vpcId>"
                        + id("vpc", r, 1, i) + "</vpcId><state>available</state></item></attachmentSet>" + TAGS)
                        + "</internetGatewaySet>", p);
            }
            case "DescribeEgressOnlyInternetGateways" -> {
                return ec2(action, "<egressOnlyInternetGatewaySet/>", null);
            }
            case "DescribeNatGateways" -> {
                Page p = Page.of(token, scale.vpcs(), max);
                return ec2(action, "<natGatewaySet>" + items(p, i -> "<natGatewayId>" + id("nat", r, 5, i)
                        + "</natGatewayId><subnetId>" + id("subnet", r, 2, i * scale.subnetsPerVpc()) + "</subnetId>"
                        + "<vpcId>" + id("vpc", r, 1, i) + "</vpcId><state>available</state>"
                        + "<connectivityType>public</connectivityType>" + TAGS) + "</natGatewaySet>", p);
            }
            case "DescribeInstances" -> {
                Page p = Page.of(token, scale.instances(), max);
                return ec2(action, "<reservationSet>" + items(p, i -> "<reservationId>" + id("r", r, 6, i)
                        + "</reservationId><ownerId>" + ACCOUNT + "</ownerId><instancesSet><item><instanceId>"
                        + id("i", r, 6, i) + "</instanceId><imageId>ami-0c7217cdde317cfec</imageId><instanceState>"
                        + "<code>16</code><name>running</name></instanceState><instanceType>m6i.large</instanceType>"
                        + "<subnetId>" + id("subnet", r, 2, i % subnets) + "</subnetId><groupSet><item><groupId>"
                        + id("sg", r, 7, i % scale.securityGroups()) + "</groupId></item></groupSet>"
                        + "<networkInterfaceSet/>" + TAGS + "</item></instancesSet>") + "</reservationSet>", p);
            }
            case "DescribeSecurityGroups" -> {
                Page p = Page.of(token, scale.securityGroups(), max);
                return ec2(action, "<securityGroupInfo>" + items(p, i -> "<ownerId>" + ACCOUNT + "</ownerId><groupId>"
                        + id("sg", r, 7, i) + "</groupId><groupName>sg-" + i + "</groupName><groupDescription>group "
                        + i + "</groupDescription><vpcId>" + id("vpc", r, 1, i % scale.vpcs()) + "</vpcId>"
                        + "<ipPermissions>" + rule("tcp", 443, "0.0.0.0/0") + rule("tcp", 22, "10.0.0.0/8")
                        + rule("tcp", 8080, "10.1.0.0/16") + rule("udp", 53, "10.2.0.0/16") + "</ipPermissions>"
                        + "<ipPermissionsEgress><item><ipProtocol>-1</ipProtocol><ipRanges><item><cidrIp>0.0.0.0/0"
                        + "</cidrIp></item></ipRanges></item></ipPermissionsEgress>" + TAGS) + "</securityGroupInfo>", p);
            }
            case "DescribeNetworkAcls" -> {
                Page p = Page.of(token, scale.vpcs(), max);
                return ec2(action, "<networkAclSet>" + items(p, i -> "<networkAclId>" + id("acl", r, 8, i)
                        + "</networkAclId><vpcId>" + id("vpc", r, 1, i) + "</vpcId><default>true</default><entrySet>"
                        + acl(100, "allow", false) + acl(32767, "deny", false) + acl(100, "allow", true)
                        + acl(32767, "deny", true) + "</entrySet><associationSet/><ownerId>" + ACCOUNT + "</ownerId>")
                        + "</networkAclSet>", p);
            }
            case "DescribeVpcEndpoints" -> {
                Page p = Page.of(token, scale.vpcs() * scale.endpointsPerVpc(), max);
                String[] services = {"ecr.api", "ecr.dkr", "logs", "s3"};
                return ec2(action, "<vpcEndpointSet>" + items(p, i -> "<vpcEndpointId>" + id("vpce", r, 9, i)
                        + "</vpcEndpointId><vpcEndpointType>Interface</vpcEndpointType><vpcId>"
                        + id("vpc", r, 1, i / scale.endpointsPerVpc()) + "</vpcId><serviceName>com.amazonaws." + region
                        + "." + services[i % services.length] + "</serviceName><state>available</state>"
                        + "<subnetIdSet><item>" + id("subnet", r, 2, i % subnets) + "</item></subnetIdSet>"
                        + "<privateDnsEnabled>true</privateDnsEnabled><ownerId>" + ACCOUNT + "</ownerId>") + "</vpcEndpointSet>", p);
            }
            case "DescribeLaunchTemplateVersions" -> {
                return ec2(action, "<launchTemplateVersionSet><item><launchTemplateId>" + f.get("LaunchTemplateId")
                        + "</launchTemplateId><versionNumber>1</versionNumber><launchTemplateData><securityGroupIdSet>"
                        + "<item>" + id("sg", r, 7, 1) + "</item></securityGroupIdSet></launchTemplateData></item>"
                        + "</launchTemplateVersionSet>", null);
            }
            case "DescribeAutoScalingGroups" -> {
                Page p = Page.of(token, scale.autoScalingGroups(), max);
                StringBuilder groups = new StringBuilder();
                for (int i = p.from(); i < p.to(); i++) {
                    String name = "asg-" + i;
                    groups.append("<member><AutoScalingGroupName>").append(name).append("</AutoScalingGroupName>")
                            .append("<AutoScalingGroupARN>arn:aws:autoscaling:").append(region).append(':').append(ACCOUNT)
                            .append(":autoScalingGroup:").append(java.util.UUID.nameUUIDFromBytes(name.getBytes()))
                            .append(":autoScalingGroupName/").append(name).append("</AutoScalingGroupARN>")
                            .append("<LaunchTemplate><LaunchTemplateId>").append(id("lt", r, 10, i % scale.launchTemplates()))
                            .append("</LaunchTemplateId><Version>$Latest</Version></LaunchTemplate><AvailabilityZones>")
                            .append("<member>").append(region).append("a</member></AvailabilityZones><VPCZoneIdentifier>")
                            .append(id("subnet", r, 2, i)).append(',').append(id("subnet", r, 2, i + 1))
                            .append("</VPCZoneIdentifier><Tags/></member>");
                }
                return queryDoc(action, "http://autoscaling.amazonaws.com/doc/2011-01-01/", "<AutoScalingGroups>"
                        + groups + "</AutoScalingGroups>" + (p.next() == null ? "" : "<NextToken>" + p.next() + "</NextToken>"));
            }
            case "DescribeLoadBalancers" -> {
                Page p = Page.of(token, scale.loadBalancers(), max);
                StringBuilder lbs = new StringBuilder();
                for (int i = p.from(); i < p.to(); i++) {
                    lbs.append("<member><LoadBalancerArn>").append(lbArn(region, i)).append("</LoadBalancerArn>")
                            .append("<LoadBalancerName>lb-").append(i).append("</LoadBalancerName><Scheme>")
                            .append(i % 2 == 0 ? "internet-facing" : "internal").append("</Scheme><VpcId>")
                            .append(id("vpc", r, 1, i % scale.vpcs())).append("</VpcId><Type>application</Type>")
                            .append("<AvailabilityZones><member><ZoneName>").append(region).append("a</ZoneName><SubnetId>")
                            .append(id("subnet", r, 2, i)).append("</SubnetId></member></AvailabilityZones>")
                            .append("<SecurityGroups><member>").append(id("sg", r, 7, i)).append("</member></SecurityGroups></member>");
                }
                return queryDoc(action, ELB_NS, "<LoadBalancers>" + lbs + "</LoadBalancers>"
                        + (p.next() == null ? "" : "<NextMarker>" + p.next() + "</NextMarker>"));
            }
            case "DescribeListeners" -> {
                String lb = f.get("LoadBalancerArn");
                int i = Integer.parseInt(lb.substring(lb.lastIndexOf('/') + 1), 16);
                StringBuilder ls = new StringBuilder();
                for (int k = 0; k < 2; k++) {
                    ls.append("<member><ListenerArn>").append(lb.replace(":loadbalancer/", ":listener/")).append('/')
                            .append(String.format("%016x", k + 1)).append("</ListenerArn><LoadBalancerArn>").append(lb)
                            .append("</LoadBalancerArn><Port>").append(k == 0 ? 80 : 443).append("</Port><Protocol>")
                            .append(k == 0 ? "HTTP" : "HTTPS").append("</Protocol>")
                            .append(k == 0 ? "" : "<SslPolicy>ELBSecurityPolicy-TLS13-1-2-2021-06</SslPolicy>")
                            .append("<DefaultActions><member><Type>forward</Type><TargetGroupArn>")
                            .append(tgArn(region, i % scale.targetGroups())).append("</TargetGroupArn></member></DefaultActions></member>");
                }
                return queryDoc(action, ELB_NS, "<Listeners>" + ls + "</Listeners>");
            }
            case "DescribeTargetGroups" -> {
                Page p = Page.of(token, scale.targetGroups(), max);
                StringBuilder tgs = new StringBuilder();
                for (int i = p.from(); i < p.to(); i++) {
                    tgs.append("<member><TargetGroupArn>").append(tgArn(region, i)).append("</TargetGroupArn>")
                            .append("<TargetGroupName>tg-").append(i).append("</TargetGroupName><Protocol>HTTP</Protocol>")
                            .append("<Port>8080</Port><VpcId>").append(id("vpc", r, 1, i % scale.vpcs()))
                            .append("</VpcId><TargetType>ip</TargetType><LoadBalancerArns><member>")
                            .append(lbArn(region, i % scale.loadBalancers())).append("</member></LoadBalancerArns></member>");
                }
                return queryDoc(action, ELB_NS, "<TargetGroups>" + tgs + "</TargetGroups>"
                        + (p.next() == null ? "" : "<NextMarker>" + p.next() + "</NextMarker>"));
            }
            case "DescribeTags" -> {
                StringBuilder ds = new StringBuilder();
                for (int k = 1; f.containsKey("ResourceArns.member." + k); k++) {
                    ds.append("<member><ResourceArn>").append(f.get("ResourceArns.member." + k)).append("</ResourceArn>")
                            .append("<Tags><member><Key>environment</Key><Value>prod</Value></member></Tags></member>");
                }
                return queryDoc(action, ELB_NS, "<TagDescriptions>" + ds + "</TagDescriptions>");
            }
            default -> throw new IllegalArgumentException("the simulation does not answer " + action);
        }
    }

    private static final String ELB_NS = "http://elasticloadbalancing.amazonaws.com/doc/2015-12-01/";

    private static String rule(String protocol, int port, String cidr) {
        return "<item><ipProtocol>" + protocol + "</ipProtocol><fromPort>" + port + "</fromPort><toPort>" + port
                + "</toPort><ipRanges><item><cidrIp>" + cidr + "</cidrIp><description>rule</description></item>"
                + "</ipRanges></item>";
    }

    private static String acl(int number, String action, boolean egress) {
        return "<item><ruleNumber>" + number + "</ruleNumber><protocol>-1</protocol><ruleAction>" + action
                + "</ruleAction><egress>" + egress + "</egress><cidrBlock>0.0.0.0/0</cidrBlock></item>";
    }

    private static String lbArn(String region, int i) {
        return "arn:aws:elasticloadbalancing:" + region + ":" + ACCOUNT + ":loadbalancer/app/lb-" + i + "/"
                + String.format("%016x", i);
    }

    private static String tgArn(String region, int i) {
        return "arn:aws:elasticloadbalancing:" + region + ":" + ACCOUNT + ":targetgroup/tg-" + i + "/"
                + String.format("%016x", i);
    }

    private String json(String operation, JsonNode in, String region, int r) throws Exception {
        String arnBase = "arn:aws:ecs:" + region + ":" + ACCOUNT + ":";
        String namespace = "arn:aws:servicediscovery:" + region + ":" + ACCOUNT + ":namespace/ns-bench";
        Map<String, Object> out = new HashMap<>();
        switch (operation) {
            case "ListClusters" -> {
                List<String> arns = new ArrayList<>();
                for (int c = 0; c < scale.clusters(); c++) {
                    arns.add(arnBase + "cluster/cluster-" + c);
                }
                out.put("clusterArns", arns);
            }
            case "DescribeClusters" -> {
                List<Object> clusters = new ArrayList<>();
                for (JsonNode arn : in.get("clusters")) {
                    String a = arn.asText();
                    clusters.add(Map.of("clusterArn", a, "clusterName", a.substring(a.lastIndexOf('/') + 1),
                            "status", "ACTIVE", "tags", List.of(Map.of("key", "environment", "value", "prod")),
                            "serviceConnectDefaults", Map.of("namespace", namespace)));
                }
                out.put("clusters", clusters);
                out.put("failures", List.of());
            }
            case "ListServices" -> {
                String cluster = in.get("cluster").asText();
                String name = cluster.substring(cluster.lastIndexOf('/') + 1);
                Page p = Page.of(in.has("nextToken") ? in.get("nextToken").asText() : null, scale.servicesPerCluster(),
                        in.get("maxResults").asInt());
                List<String> arns = new ArrayList<>();
                for (int s = p.from(); s < p.to(); s++) {
                    arns.add(arnBase + "service/" + name + "/svc-" + s);
                }
                out.put("serviceArns", arns);
                if (p.next() != null) {
                    out.put("nextToken", p.next());
                }
            }
            case "DescribeServices" -> {
                List<Object> services = new ArrayList<>();
                String cluster = in.get("cluster").asText();
                for (JsonNode arn : in.get("services")) {
                    String a = arn.asText();
                    String td = arnBase + "task-definition/" + a.substring(a.indexOf("service/") + 8).replace('/', '-') + ":1";
                    Map<String, Object> network = Map.of("awsvpcConfiguration", Map.of(
                            "subnets", List.of(id("subnet", r, 2, 1), id("subnet", r, 2, 2)),
                            "securityGroups", List.of(id("sg", r, 7, 3)), "assignPublicIp", "DISABLED"));
                    services.add(Map.of("serviceArn", a, "serviceName", a.substring(a.lastIndexOf('/') + 1),
                            "clusterArn", cluster, "status", "ACTIVE", "launchType", "FARGATE", "taskDefinition", td,
                            "networkConfiguration", network, "loadBalancers", List.of(),
                            "tags", List.of(Map.of("key", "data-classification", "value", "confidential")),
                            "deployments", List.of(Map.of("status", "PRIMARY", "taskDefinition", td,
                                    "serviceConnectConfiguration", Map.of("enabled", true, "namespace", namespace)))));
                }
                out.put("services", services);
                out.put("failures", List.of());
            }
            case "DescribeTaskDefinition" -> {
                String arn = in.get("taskDefinition").asText();
                out.put("taskDefinition", Map.of("taskDefinitionArn", arn, "family",
                        arn.substring(arn.lastIndexOf('/') + 1, arn.lastIndexOf(':')), "networkMode", "awsvpc",
                        "requiresCompatibilities", List.of("FARGATE"), "containerDefinitions", List.of(Map.of(
                                "name", "app", "image", "public.ecr.aws/nginx/nginx:stable",
                                "portMappings", List.of(Map.of("containerPort", 80, "hostPort", 80, "protocol", "tcp")),
                                "environment", List.of(Map.of("name", "MODE", "value", "bench")),
                                "logConfiguration", Map.of("logDriver", "awslogs")))));
                out.put("tags", List.of());
            }
            case "ListNamespaces" -> out.put("Namespaces", List.of(Map.of("Id", "ns-bench", "Arn", namespace,
                    "Name", "bench.local", "Type", "HTTP")));
            default -> throw new IllegalArgumentException("the simulation does not answer " + operation);
        }
        return JSON.writeValueAsString(out);
    }
}
