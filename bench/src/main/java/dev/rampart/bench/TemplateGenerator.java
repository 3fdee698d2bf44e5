package dev.rampart.bench;

/**
 * Writes a large CloudFormation template (JSON) shaped like real network and container stacks: units of
 * a VPC with subnets, routing, NAT, ACLs, security groups, an endpoint, an ECS cluster with services and
 * an ALB, using parameters, mappings, conditions and the common intrinsic functions.
 */
public final class TemplateGenerator {
    private TemplateGenerator() {}

    /** Resources one unit declares. */
    public static final int RESOURCES_PER_UNIT = 40;

    /** A template with at least {@code resources} resources. */
    public static String json(int resources) {
        int units = (resources + RESOURCES_PER_UNIT - 1) / RESOURCES_PER_UNIT;
        StringBuilder b = new StringBuilder(resources * 700);
        b.append("""
                {
                  "AWSTemplateFormatVersion": "2010-09-09",
                  "Parameters": {
                    "Environment": {"Type": "String", "Default": "prod"},
                    "EnableNat": {"Type": "String", "Default": "true"},
                    "CertificateArn": {"Type": "String"},
                    "AdminCidrs": {"Type": "CommaDelimitedList", "Default": "203.0.113.0/24,198.51.100.0/24"}
                  },
                  "Mappings": {
                    "Sizing": {
                      "prod": {"Cpu": "1024", "Memory": "2048", "Count": "3"},
                      "dev": {"Cpu": "256", "Memory": "512", "Count": "1"}
                    }
                  },
                  "Conditions": {
                    "IsProd": {"Fn::Equals": [{"Ref": "Environment"}, "prod"]},
                    "UseNat": {"Fn::And": [{"Condition": "IsProd"}, {"Fn::Equals": [{"Ref": "EnableNat"}, "true"]}]},
                    "HasCertificate": {"Fn::Not": [{"Fn::Equals": [{"Ref": "CertificateArn"}, ""]}]},
                    "IsDev": {"Fn::Not": [{"Condition": "IsProd"}]}
                  },
                  "Resources": {
                """);
        for (int u = 0; u < units; u++) {
            unit(b, u, u == units - 1);
        }
        b.append("  }\n}\n");
        return b.toString();
    }

    private static void unit(StringBuilder b, int u, boolean last) {
        String p = "U" + u;
        String cidr = "10." + (u % 250) + ".0.0/16";
        r(b, p + "Vpc", "AWS::EC2::VPC", "{\"CidrBlock\": \"" + cidr + "\", \"EnableDnsHostnames\": true,"
                + " \"Tags\": [{\"Key\": \"Name\", \"Value\": {\"Fn::Sub\": \"${Environment}-" + p + "\"}}]}", null);
        r(b, p + "Igw", "AWS::EC2::InternetGateway", "{}", null);
        r(b, p + "Attach", "AWS::EC2::VPCGatewayAttachment", "{\"VpcId\": " + ref(p + "Vpc") + ", \"InternetGatewayId\": "
                + ref(p + "Igw") + "}", null);
        for (int s = 0; s < 4; s++) {
            boolean pub = s < 2;
            r(b, p + "Subnet" + s, "AWS::EC2::Subnet", "{\"VpcId\": " + ref(p + "Vpc") + ", \"CidrBlock\": {\"Fn::Select\": ["
                    + s + ", {\"Fn::Cidr\": [{\"Fn::GetAtt\": [\"" + p + "Vpc\", \"CidrBlock\"]}, 4, 8]}]},"
                    + " \"AvailabilityZone\": {\"Fn::Select\": [" + (s % 2) + ", {\"Fn::GetAZs\": \"\"}]},"
                    + " \"MapPublicIpOnLaunch\": " + pub + "}", null);
        }
        r(b, p + "PublicRt", "AWS::EC2::RouteTable", "{\"VpcId\": " + ref(p + "Vpc") + "}", null);
        r(b, p + "PrivateRt", "AWS::EC2::RouteTable", "{\"VpcId\": " + ref(p + "Vpc") + "}", null);
        r(b, p + "PublicRoute", "AWS::EC2::Route", "{\"RouteTableId\": " + ref(p + "PublicRt")
                + ", \"DestinationCidrBlock\": \"0.0.0.0/0\", \"GatewayId\": " + ref(p + "Igw") + "}", null);
        r(b, p + "Eip", "AWS::EC2::EIP", "{\"Domain\": \"vpc\"}", "UseNat");
        r(b, p + "Nat", "AWS::EC2::NatGateway", "{\"SubnetId\": " + ref(p + "Subnet0")
                + ", \"AllocationId\": {\"Fn::GetAtt\": [\"" + p + "Eip\", \"AllocationId\"]}}", "UseNat");
        r(b, p + "NatRoute", "AWS::EC2::Route", "{\"RouteTableId\": " + ref(p + "PrivateRt")
                + ", \"DestinationCidrBlock\": \"0.0.0.0/0\", \"NatGatewayId\": " + ref(p + "Nat") + "}", "UseNat");
        r(b, p + "TgwRoute", "AWS::EC2::Route", "{\"RouteTableId\": " + ref(p + "PrivateRt")
                + ", \"DestinationCidrBlock\": \"172.16.0.0/12\", \"TransitGatewayId\": \"tgw-0123456789abcdef0\"}", null);
        for (int s = 0; s < 4; s++) {
            r(b, p + "Assoc" + s, "AWS::EC2::SubnetRouteTableAssociation", "{\"SubnetId\": " + ref(p + "Subnet" + s)
                    + ", \"RouteTableId\": " + ref(p + (s < 2 ? "PublicRt" : "PrivateRt")) + "}", null);
        }
        r(b, p + "Acl", "AWS::EC2::NetworkAcl", "{\"VpcId\": " + ref(p + "Vpc") + "}", null);
        r(b, p + "AclIn", "AWS::EC2::NetworkAclEntry", "{\"NetworkAclId\": " + ref(p + "Acl") + ", \"RuleNumber\": 100,"
                + " \"Protocol\": 6, \"RuleAction\": \"allow\", \"CidrBlock\": \"" + cidr + "\", \"PortRange\": {\"From\": 443,"
                + " \"To\": 443}}", null);
        r(b, p + "AclOut", "AWS::EC2::NetworkAclEntry", "{\"NetworkAclId\": " + ref(p + "Acl") + ", \"RuleNumber\": 100,"
                + " \"Egress\": true, \"Protocol\": -1, \"RuleAction\": \"allow\", \"CidrBlock\": \"0.0.0.0/0\"}", null);
        r(b, p + "AclAssoc", "AWS::EC2::SubnetNetworkAclAssociation", "{\"SubnetId\": " + ref(p + "Subnet2")
                + ", \"NetworkAclId\": " + ref(p + "Acl") + "}", null);
        r(b, p + "AlbSg", "AWS::EC2::SecurityGroup", "{\"GroupDescription\": {\"Fn::Sub\": \"ALB of ${Environment}\"},"
                + " \"VpcId\": " + ref(p + "Vpc") + ", \"SecurityGroupIngress\": [{\"IpProtocol\": \"tcp\", \"FromPort\": 443,"
                + " \"ToPort\": 443, \"CidrIp\": \"0.0.0.0/0\"}, {\"IpProtocol\": \"tcp\", \"FromPort\": 80, \"ToPort\": 80,"
                + " \"CidrIp\": \"0.0.0.0/0\"}]}", null);
        r(b, p + "TaskSg", "AWS::EC2::SecurityGroup", "{\"GroupDescription\": \"tasks\", \"VpcId\": " + ref(p + "Vpc")
                + ", \"SecurityGroupEgress\": [{\"IpProtocol\": \"-1\", \"CidrIp\": \"0.0.0.0/0\"}]}", null);
        r(b, p + "EndpointSg", "AWS::EC2::SecurityGroup", "{\"GroupDescription\": \"endpoints\", \"VpcId\": "
                + ref(p + "Vpc") + ", \"SecurityGroupIngress\": [{\"IpProtocol\": \"tcp\", \"FromPort\": 443, \"ToPort\": 443,"
                + " \"CidrIp\": {\"Fn::GetAtt\": [\"" + p + "Vpc\", \"CidrBlock\"]}}]}", null);
        r(b, p + "TaskFromAlb", "AWS::EC2::SecurityGroupIngress", "{\"GroupId\": {\"Fn::GetAtt\": [\"" + p + "TaskSg\","
                + " \"GroupId\"]}, \"IpProtocol\": \"tcp\", \"FromPort\": 8080, \"ToPort\": 8080, \"SourceSecurityGroupId\": "
                + ref(p + "AlbSg") + "}", null);
        r(b, p + "AdminSsh", "AWS::EC2::SecurityGroupIngress", "{\"GroupId\": " + ref(p + "TaskSg")
                + ", \"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22, \"CidrIp\": {\"Fn::Select\": [0, "
                + ref("AdminCidrs") + "]}}", "IsDev");
        r(b, p + "EcrEndpoint", "AWS::EC2::VPCEndpoint", "{\"VpcId\": " + ref(p + "Vpc") + ", \"VpcEndpointType\":"
                + " \"Interface\", \"ServiceName\": {\"Fn::Sub\": \"com.amazonaws.${AWS::Region}.ecr.api\"}, \"SubnetIds\": ["
                + ref(p + "Subnet2") + ", " + ref(p + "Subnet3") + "], \"SecurityGroupIds\": [" + ref(p + "EndpointSg")
                + "], \"PrivateDnsEnabled\": true}", null);
        r(b, p + "S3Endpoint", "AWS::EC2::VPCEndpoint", "{\"VpcId\": " + ref(p + "Vpc") + ", \"ServiceName\": {\"Fn::Join\":"
                + " [\"\", [\"com.amazonaws.\", {\"Ref\": \"AWS::Region\"}, \".s3\"]]}, \"RouteTableIds\": ["
                + ref(p + "PrivateRt") + "]}", null);
        r(b, p + "Cluster", "AWS::ECS::Cluster", "{\"ClusterName\": {\"Fn::Join\": [\"-\", [{\"Ref\": \"Environment\"}, \""
                + p + "\"]]}}", null);
        for (String svc : new String[] {"Web", "Api"}) {
            r(b, p + svc + "Task", "AWS::ECS::TaskDefinition", "{\"Family\": \"" + p + svc + "\", \"NetworkMode\": \"awsvpc\","
                    + " \"RequiresCompatibilities\": [\"FARGATE\"], \"Cpu\": {\"Fn::FindInMap\": [\"Sizing\", {\"Ref\":"
                    + " \"Environment\"}, \"Cpu\"]}, \"Memory\": {\"Fn::FindInMap\": [\"Sizing\", {\"Ref\": \"Environment\"},"
                    + " \"Memory\"]}, \"ContainerDefinitions\": [{\"Name\": \"app\", \"Image\": \"public.ecr.aws/nginx/nginx:stable\","
                    + " \"PortMappings\": [{\"ContainerPort\": 8080, \"Name\": \"http\"}], \"LogConfiguration\": {\"LogDriver\":"
                    + " \"awslogs\", \"Options\": {\"awslogs-region\": {\"Ref\": \"AWS::Region\"}}}}]}", null);
            r(b, p + svc + "Service", "AWS::ECS::Service", "{\"Cluster\": " + ref(p + "Cluster") + ", \"TaskDefinition\": "
                    + ref(p + svc + "Task") + ", \"LaunchType\": \"FARGATE\", \"DesiredCount\": {\"Fn::FindInMap\": [\"Sizing\","
                    + " {\"Ref\": \"Environment\"}, \"Count\"]}, \"NetworkConfiguration\": {\"AwsvpcConfiguration\": {\"Subnets\": ["
                    + ref(p + "Subnet2") + ", " + ref(p + "Subnet3") + "], \"SecurityGroups\": [" + ref(p + "TaskSg")
                    + "], \"AssignPublicIp\": {\"Fn::If\": [\"IsProd\", \"DISABLED\", \"ENABLED\"]}}}, \"LoadBalancers\": [{"
                    + "\"TargetGroupArn\": " + ref(p + svc + "Tg") + ", \"ContainerName\": \"app\", \"ContainerPort\": 8080}],"
                    + " \"ServiceConnectConfiguration\": {\"Enabled\": true, \"Namespace\": \"internal.local\", \"Services\": [{"
                    + "\"PortName\": \"http\", \"DiscoveryName\": \"" + svc.toLowerCase() + "\"}]}}", null);
            r(b, p + svc + "Tg", "AWS::ElasticLoadBalancingV2::TargetGroup", "{\"Protocol\": \"HTTP\", \"Port\": 8080,"
                    + " \"TargetType\": \"ip\", \"VpcId\": " + ref(p + "Vpc") + "}", null);
        }
        r(b, p + "Alb", "AWS::ElasticLoadBalancingV2::LoadBalancer", "{\"Scheme\": \"internet-facing\", \"Subnets\": ["
                + ref(p + "Subnet0") + ", " + ref(p + "Subnet1") + "], \"SecurityGroups\": [" + ref(p + "AlbSg") + "]}", null);
        r(b, p + "Http", "AWS::ElasticLoadBalancingV2::Listener", "{\"LoadBalancerArn\": " + ref(p + "Alb")
                + ", \"Protocol\": \"HTTP\", \"Port\": 80, \"DefaultActions\": [{\"Fn::If\": [\"HasCertificate\", {\"Type\":"
                + " \"redirect\", \"RedirectConfig\": {\"Protocol\": \"HTTPS\", \"Port\": \"443\", \"StatusCode\": \"HTTP_301\"}},"
                + " {\"Type\": \"forward\", \"TargetGroupArn\": " + ref(p + "WebTg") + "}]}]}", null);
        r(b, p + "ApiRule", "AWS::ElasticLoadBalancingV2::ListenerRule", "{\"ListenerArn\": " + ref(p + "Http")
                + ", \"Priority\": 10, \"Conditions\": [{\"Field\": \"path-pattern\", \"Values\": [\"/api/*\"]}],"
                + " \"Actions\": [{\"Type\": \"forward\", \"TargetGroupArn\": " + ref(p + "ApiTg") + "}]}", null);
        r(b, p + "Logs", "AWS::Logs::LogGroup", "{\"RetentionInDays\": {\"Fn::If\": [\"IsProd\", 365, 7]}}", null);
        if (last) {
            b.setLength(b.length() - 2); // the last resource of the template takes no comma
            b.append('\n');
        }
    }

    private static String ref(String name) {
        return "{\"Ref\": \"" + name + "\"}";
    }

    private static void r(StringBuilder b, String id, String type, String properties, String condition) {
        b.append("    \"").append(id).append("\": {\"Type\": \"").append(type).append('"');
        if (condition != null) {
            b.append(", \"Condition\": \"").append(condition).append('"');
        }
        b.append(", \"Properties\": ").append(properties).append("},\n");
    }
}
