package dev.rampart.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.snapshot.LoadBalancer;
import dev.rampart.snapshot.SecurityGroup;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A NoEcho parameter's value never enters a snapshot: where a template uses it the value is unknown, with a gap
 * naming the parameter, so that a rule needing it reports an unknown instead of judging a mask.
 */
class NoEchoParametersTest {
    private static final String GIVEN_SECRET = "Hunter2-Pr0d-Secret";
    private static final String DEFAULT_SECRET = "tok-Default-S3cret";

    @TempDir
    Path dir;

    private Path template() throws IOException {
        return Files.writeString(dir.resolve("app.yaml"), """
                Parameters:
                  DbPassword: {Type: String, NoEcho: true}
                  ApiToken: {Type: String, NoEcho: "true", Default: %s}
                  Team: {Type: String, Default: payments}
                Conditions:
                  HasPassword: !Not [!Equals [!Ref DbPassword, ""]]
                Resources:
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: !Sub "app sg ${DbPassword} for ${Team}"
                      VpcId: vpc-0abc
                      SecurityGroupIngress:
                        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0, Description: !Ref DbPassword}
                      Tags: [{Key: token, Value: !Ref ApiToken}, {Key: team, Value: !Ref Team}]
                  Lb:
                    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
                    Properties:
                      Name: !Join ["-", [lb, !Ref ApiToken]]
                      Scheme: internet-facing
                      Subnets: [subnet-1, subnet-2]
                  PasswordOnly:
                    Type: AWS::EC2::SecurityGroup
                    Condition: HasPassword
                    Properties: {GroupDescription: only with a password, VpcId: vpc-0abc}
                """.formatted(DEFAULT_SECRET));
    }

    @Test
    void neitherAGivenNorADefaultNoEchoValueAppearsInTheSnapshot() throws IOException {
        Snapshot s = Fixtures.read(Fixtures.options().withParameters(Map.of("DbPassword", GIVEN_SECRET)), template());

        String json = SnapshotWriter.toJson(s);
        assertThat(json).doesNotContain(GIVEN_SECRET).doesNotContain(DEFAULT_SECRET);
        SecurityGroup sg = Fixtures.find(s, SecurityGroup.class, "app/Sg");
        assertThat(sg.description()).isNull();
        assertThat(sg.ingress().get(0).description()).isNull();
        assertThat(sg.tags()).containsEntry("token", null).containsEntry("team", "payments");
        assertThat(Fixtures.find(s, LoadBalancer.class, "app/Lb").name()).isNull();
        assertThat(s.gaps()).filteredOn(g -> "app/Sg".equals(g.resource())).extracting(g -> g.field() + ": " + g.reason())
                .contains("/description: parameter DbPassword is NoEcho: Rampart does not use its value",
                        "/tags/token: parameter ApiToken is NoEcho: Rampart does not use its value");
    }

    @Test
    void aRuleNeedingANoEchoValueSeesAnUnknownNotAMask() throws IOException {
        Path t = Files.writeString(dir.resolve("net.yaml"), """
                Parameters:
                  AdminCidr: {Type: String, NoEcho: true, Default: 0.0.0.0/0}
                  VpcCidr: {Type: String, NoEcho: true, Default: 10.0.0.0/16}
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: !Ref VpcCidr}
                  Sub:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: !Ref Vpc, CidrBlock: !Select [0, !Cidr [!Ref VpcCidr, 2, 8]]}
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: admin
                      VpcId: !Ref Vpc
                      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref AdminCidr}]
                """);
        Snapshot s = Fixtures.read(Fixtures.options(), t);

        assertThat(Fixtures.find(s, SecurityGroup.class, "net/Sg").ingress().get(0).cidrs()).containsExactly((String) null);
        assertThat(s.gaps()).extracting(g -> g.resource() + g.field()).contains("net/Sg/ingress/0/cidrs/0",
                "net/Vpc/cidr_block", "net/Sub/cidr_block");
        assertThat(SnapshotWriter.toJson(s)).doesNotContain("10.0.0.0/16"); // 0.0.0.0/0 is there: the default egress rule
    }

    @Test
    void aConditionComparesTheRealValueOfANoEchoParameter() throws IOException {
        Snapshot without = Fixtures.read(Fixtures.options().withParameters(Map.of("DbPassword", "")), template());
        Snapshot with = Fixtures.read(Fixtures.options().withParameters(Map.of("DbPassword", GIVEN_SECRET)), template());

        assertThat(without.securityGroups()).extracting(SecurityGroup::id).containsExactly("app/Sg");
        assertThat(with.securityGroups()).extracting(SecurityGroup::id).containsExactly("app/PasswordOnly", "app/Sg");
        assertThat(SnapshotWriter.toJson(with)).doesNotContain(GIVEN_SECRET);
    }
}
