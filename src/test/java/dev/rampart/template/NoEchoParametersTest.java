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

/** A NoEcho parameter's value is used as CloudFormation shows it, {@code ****}, so it never enters a snapshot. */
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
        assertThat(sg.description()).isEqualTo("app sg **** for payments");
        assertThat(sg.ingress().get(0).description()).isEqualTo("****");
        assertThat(sg.tags()).containsEntry("token", "****").containsEntry("team", "payments");
        assertThat(Fixtures.find(s, LoadBalancer.class, "app/Lb").name()).isEqualTo("lb-****");
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
