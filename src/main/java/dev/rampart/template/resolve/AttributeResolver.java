package dev.rampart.template.resolve;

import dev.rampart.template.tree.SourcePosition;
import java.util.Map;
import java.util.Set;

/**
 * {@code Fn::GetAtt} for the attributes the snapshot needs: ids that name the resource itself (a
 * reference to it), attributes that echo a property (a VPC's CidrBlock, a subnet's AvailabilityZone), the
 * implicit resources of a VPC (DefaultSecurityGroup, DefaultNetworkAcl) and a nested stack's outputs.
 * Anything AWS assigns at deploy time (DNS names, generated names, version numbers) is unknown.
 */
final class AttributeResolver {
    private AttributeResolver() {}

    /** Implicit resources a VPC attribute names: attribute → (id suffix, type). */
    private static final Map<String, Map.Entry<String, String>> VPC_IMPLICIT = Map.of(
            "DefaultSecurityGroup", Map.entry(ImplicitIds.DEFAULT_SECURITY_GROUP, "AWS::EC2::SecurityGroup"),
            "DefaultNetworkAcl", Map.entry(ImplicitIds.DEFAULT_NETWORK_ACL, "AWS::EC2::NetworkAcl"));

    /**
     * Attributes that return a property of the resource: type → attribute → property. Service Connect names
     * a Cloud Map namespace by name or ARN; the namespace's Name keeps clusters and services comparable
     * (the ARN exists only after deployment).
     */
    private static final Map<String, Map<String, String>> FROM_PROPERTY = Map.ofEntries(
            Map.entry("AWS::EC2::VPC", Map.of("CidrBlock", "CidrBlock")),
            Map.entry("AWS::EC2::Subnet", Map.of("AvailabilityZone", "AvailabilityZone", "CidrBlock", "CidrBlock",
                    "VpcId", "VpcId", "Ipv6CidrBlock", "Ipv6CidrBlock")),
            Map.entry("AWS::EC2::SecurityGroup", Map.of("VpcId", "VpcId", "GroupName", "GroupName")),
            Map.entry("AWS::EC2::Instance", Map.of("AvailabilityZone", "AvailabilityZone",
                    "PrivateIp", "PrivateIpAddress")),
            Map.entry("AWS::ElasticLoadBalancingV2::LoadBalancer", Map.of("LoadBalancerName", "Name",
                    "SecurityGroups", "SecurityGroups")),
            Map.entry("AWS::ElasticLoadBalancingV2::TargetGroup", Map.of("TargetGroupName", "Name")),
            Map.entry("AWS::ECS::Service", Map.of("Name", "ServiceName")),
            Map.entry("AWS::ServiceDiscovery::HttpNamespace", Map.of("Arn", "Name", "Id", "Name")),
            Map.entry("AWS::ServiceDiscovery::PrivateDnsNamespace", Map.of("Arn", "Name", "Id", "Name")),
            Map.entry("AWS::ServiceDiscovery::PublicDnsNamespace", Map.of("Arn", "Name", "Id", "Name")));

    /** Attributes that are the resource's own id or ARN, beyond the generic {@code Id}/{@code Arn}. */
    private static final Set<String> SELF = Set.of(
            "VpcId", "SubnetId", "GroupId", "InternetGatewayId", "NatGatewayId", "RouteTableId",
            "LaunchTemplateId", "InstanceId", "ServiceArn", "TaskDefinitionArn", "LoadBalancerArn", "ListenerArn",
            "TargetGroupArn", "NetworkAclId", "AllocationId", "EgressOnlyInternetGatewayId");

    static Value resolve(StackScope scope, ResourceDefinition r, String attribute, SourcePosition at) {
        String type = r.type();
        if (type.equals("AWS::CloudFormation::Stack") && attribute.startsWith("Outputs.")) {
            StackScope child = scope.nested().get(r.logicalId());
            if (child == null) {
                return new Value.Unknown("the template of nested stack " + r.logicalId() + " is not available", at);
            }
            return child.output(attribute.substring("Outputs.".length()), at);
        }
        if (type.equals("AWS::EC2::VPC") && VPC_IMPLICIT.containsKey(attribute)) {
            Map.Entry<String, String> implicit = VPC_IMPLICIT.get(attribute);
            return new Value.ResourceRef(scope.id(r.logicalId()) + implicit.getKey(), implicit.getValue(),
                    r.logicalId() + "." + attribute);
        }
        String property = FROM_PROPERTY.getOrDefault(type, Map.of()).get(attribute);
        if (property != null) {
            Value props = scope.properties(r.logicalId());
            if (props instanceof Value.Unknown u) {
                return u;
            }
            Value v = ((Value.MapValue) props).get(property);
            if (v != null) {
                return v;
            }
            return new Value.Unknown(attribute + " of " + r.logicalId() + " is assigned by AWS when it is created", at);
        }
        if (SELF.contains(attribute) || attribute.equals("Id") || attribute.equals("Arn")) {
            return new Value.ResourceRef(scope.id(r.logicalId()), type, r.logicalId());
        }
        return new Value.Unknown("attribute " + attribute + " of " + r.logicalId() + " (" + type
                + ") is known only after deployment", at);
    }
}
