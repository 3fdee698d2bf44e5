package dev.rampart.template;

import static dev.rampart.template.Fixtures.find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.InternetGateway;
import dev.rampart.snapshot.NetworkAcl;
import dev.rampart.snapshot.RouteTable;
import dev.rampart.snapshot.SecurityGroup;
import dev.rampart.snapshot.SgRule;
import dev.rampart.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standalone resource Rampart folds into another (a security group rule, a route, an association, an ACL entry,
 * a gateway attachment) is not in the snapshot, so when its condition cannot be evaluated the gap goes on the
 * resource it was folded into and points at the element it became: that element may not exist.
 */
class ConditionalEntriesTest {
    @TempDir
    Path dir;

    private static final String HEADER = """
            Parameters:
              Open: {Type: String}
            Conditions:
              IsOpen: !Equals [!Ref Open, 'yes']
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties: {CidrBlock: 10.0.0.0/16}
              Subnet:
                Type: AWS::EC2::Subnet
                Properties: {VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, AvailabilityZone: eu-west-1a}
            """;

    private Snapshot read(String resources, Map<String, String> parameters) throws IOException {
        Path file = Files.writeString(dir.resolve("t.yaml"), HEADER + resources);
        return Fixtures.read(Fixtures.inEuWest1().withParameters(parameters), file);
    }

    private Snapshot read(String resources) throws IOException {
        return read(resources, Map.of());
    }

    private static final String OPEN_SSH = """
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: app
                  VpcId: !Ref Vpc
                  SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8}]
              SshIn:
                Type: AWS::EC2::SecurityGroupIngress
                Condition: IsOpen
                Properties: {GroupId: !Ref Sg, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
            """;

    @Test
    void anIngressRuleWhoseConditionIsUnknownIsARuleOfItsOwnWithAGapPointingAtIt() throws IOException {
        Snapshot s = read(OPEN_SSH);

        // Not merged into the certain rule on the same port: the gap must not cover 10.0.0.0/8.
        assertThat(find(s, SecurityGroup.class, "t/Sg").ingress()).extracting(SgRule::cidrs)
                .containsExactly(java.util.List.of("10.0.0.0/8"), java.util.List.of("0.0.0.0/0"));
        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.resource()).isEqualTo("t/Sg");
            assertThat(g.field()).isEqualTo("/ingress/1");
            assertThat(g.reason()).isEqualTo("condition IsOpen of SshIn could not be evaluated (parameter Open has no"
                    + " value and no default (give it with --param Open=VALUE)); the entry is kept");
            assertThat(g.location().logicalId()).isEqualTo("SshIn");
        });
    }

    @Test
    void anIngressRuleWhoseConditionHoldsMergesAsBeforeWithoutAGap() throws IOException {
        Snapshot s = read(OPEN_SSH, Map.of("Open", "yes"));

        assertThat(find(s, SecurityGroup.class, "t/Sg").ingress()).singleElement().extracting(SgRule::cidrs)
                .isEqualTo(java.util.List.of("10.0.0.0/8", "0.0.0.0/0"));
        assertThat(s.gaps()).isEmpty();
        assertThat(find(read(OPEN_SSH, Map.of("Open", "no")), SecurityGroup.class, "t/Sg").ingress())
                .singleElement().extracting(SgRule::cidrs).isEqualTo(java.util.List.of("10.0.0.0/8"));
    }

    @Test
    void anEgressRuleOnTheDefaultSecurityGroupPointsAtItsEgressEntry() throws IOException {
        Snapshot s = read("""
                  Out:
                    Type: AWS::EC2::SecurityGroupEgress
                    Condition: IsOpen
                    Properties: {GroupId: !GetAtt Vpc.DefaultSecurityGroup, IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0}
                """);

        assertThat(s.gaps()).extracting(Gap::resource, Gap::field)
                .containsExactly(tuple("t/Vpc#default-security-group", "/egress/1"));
    }

    @Test
    void aRouteAndASubnetAssociationWhoseConditionsAreUnknownPointAtTheirEntries() throws IOException {
        Snapshot s = read("""
                  Igw:
                    Type: AWS::EC2::InternetGateway
                  Attach:
                    Type: AWS::EC2::VPCGatewayAttachment
                    Condition: IsOpen
                    Properties: {VpcId: !Ref Vpc, InternetGatewayId: !Ref Igw}
                  Rt:
                    Type: AWS::EC2::RouteTable
                    Properties: {VpcId: !Ref Vpc}
                  Default:
                    Type: AWS::EC2::Route
                    Condition: IsOpen
                    Properties: {RouteTableId: !Ref Rt, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Igw}
                  Assoc:
                    Type: AWS::EC2::SubnetRouteTableAssociation
                    Condition: IsOpen
                    Properties: {SubnetId: !Ref Subnet, RouteTableId: !Ref Rt}
                """);

        RouteTable rt = find(s, RouteTable.class, "t/Rt");
        assertThat(rt.routes().get(1).target().kind()).isEqualTo(RouteTable.TargetKind.IGW);
        assertThat(rt.associations()).extracting(RouteTable.Association::subnetId).containsExactly("t/Subnet");
        assertThat(find(s, InternetGateway.class, "t/Igw").attachments()).hasSize(1);
        assertThat(s.gaps()).extracting(Gap::resource, Gap::field, g -> g.reason().substring(0, 30)).containsExactlyInAnyOrder(
                tuple("t/Rt", "/routes/1", "condition IsOpen of Default co"),
                tuple("t/Rt", "/associations/0", "condition IsOpen of Assoc coul"),
                tuple("t/Igw", "/attachments/0", "condition IsOpen of Attach cou"));
    }

    @Test
    void aNetworkAclEntryAndAssociationWhoseConditionsAreUnknownPointAtTheirEntries() throws IOException {
        Snapshot s = read("""
                  Acl:
                    Type: AWS::EC2::NetworkAcl
                    Properties: {VpcId: !Ref Vpc}
                  AllowAll:
                    Type: AWS::EC2::NetworkAclEntry
                    Condition: IsOpen
                    Properties: {NetworkAclId: !Ref Acl, RuleNumber: 100, Protocol: -1, RuleAction: allow, CidrBlock: 0.0.0.0/0}
                  Assoc:
                    Type: AWS::EC2::SubnetNetworkAclAssociation
                    Condition: IsOpen
                    Properties: {SubnetId: !Ref Subnet, NetworkAclId: !Ref Acl}
                """);

        NetworkAcl acl = find(s, NetworkAcl.class, "t/Acl");
        assertThat(acl.entries().get(0).ruleNumber()).isEqualTo(100);
        assertThat(acl.subnetIds()).containsExactly("t/Subnet");
        // Without the association the subnet stays in the default ACL: it is listed there too, as uncertain.
        assertThat(find(s, NetworkAcl.class, "t/Vpc#default-network-acl").subnetIds()).containsExactly("t/Subnet");
        assertThat(s.gaps()).extracting(Gap::resource, Gap::field).containsExactlyInAnyOrder(
                tuple("t/Acl", "/entries/0"),
                tuple("t/Acl", "/subnet_ids/0"),
                tuple("t/Vpc#default-network-acl", "/subnet_ids/0"));
        assertThat(s.gaps()).filteredOn(g -> g.resource().equals("t/Vpc#default-network-acl")).singleElement()
                .extracting(Gap::reason).asString().endsWith("the entry is kept, though if Assoc exists it is not here");
    }

    @Test
    void aStandaloneRuleWhoseGroupIsNotInTheTemplatesKeepsItsOwnGap() throws IOException {
        Snapshot s = read("""
                  SshIn:
                    Type: AWS::EC2::SecurityGroupIngress
                    Condition: IsOpen
                    Properties: {GroupId: sg-0123456789abcdef0, IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}
                """);

        assertThat(s.gaps()).filteredOn(g -> g.reason().startsWith("condition IsOpen")).singleElement()
                .satisfies(g -> {
                    assertThat(g.resource()).isEqualTo("t/SshIn");
                    assertThat(g.field()).isNull();
                    assertThat(g.reason()).endsWith("the resource is kept");
                });
    }
}
