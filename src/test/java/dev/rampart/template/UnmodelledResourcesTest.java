package dev.rampart.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Snapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What cannot be known about a resource of a type no mapper reads cannot hide a finding, so it is no gap. */
class UnmodelledResourcesTest {
    private static final Path ENVIRONMENT_AGNOSTIC_APP = Path.of("src/test/resources/cdk/environment-agnostic");

    @TempDir
    Path dir;

    @Test
    void anEnvironmentAgnosticCdkAppHasNoGapForItsCdkMetadataResource() {
        Snapshot s = Fixtures.read(Fixtures.options(), ENVIRONMENT_AGNOSTIC_APP);

        assertThat(s.source().regions()).isEmpty();
        assertThat(s.vpcs()).extracting(v -> v.id()).containsExactly("Clean/Vpc");
        assertThat(s.source().unsupportedResourceTypes()).containsEntry("AWS::CDK::Metadata", 1);
        assertThat(s.gaps()).isEmpty();
    }

    @Test
    void anUnknownConditionIsAGapOnlyOnResourcesOfTypesTheSnapshotModels() throws IOException {
        Path template = Files.writeString(dir.resolve("regional.yaml"), """
                Conditions:
                  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
                Resources:
                  Alerts:
                    Type: AWS::SNS::Topic
                    Condition: InUsEast1
                  Admin:
                    Type: AWS::EC2::SecurityGroup
                    Condition: InUsEast1
                    Properties:
                      GroupDescription: admin
                      VpcId: vpc-0abc
                """);

        Snapshot s = Fixtures.read(Fixtures.options(), template);

        assertThat(s.gaps()).extracting(Gap::resource).containsExactly("regional/Admin");
        assertThat(s.gaps().get(0).reason()).startsWith("condition InUsEast1 could not be evaluated (AWS::Region");
        assertThat(s.source().unsupportedResourceTypes()).containsEntry("AWS::SNS::Topic", 1);
    }

    @Test
    void aListenerRuleIsReadThoughNotModelledSoItsUnknownConditionStaysAGap() throws IOException {
        Path template = Files.writeString(dir.resolve("rules.yaml"), """
                Conditions:
                  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
                Resources:
                  Rule:
                    Type: AWS::ElasticLoadBalancingV2::ListenerRule
                    Condition: InUsEast1
                    Properties:
                      ListenerArn: arn:aws:elasticloadbalancing:us-east-1:111111111111:listener/app/a/b/c
                      Priority: 1
                      Conditions: [{Field: path-pattern, Values: [/admin]}]
                      Actions: [{Type: forward, TargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:111111111111:targetgroup/t/1}]
                """);

        Snapshot s = Fixtures.read(Fixtures.options(), template);

        assertThat(s.gaps()).extracting(Gap::resource).containsExactly("rules/Rule");
        assertThat(s.source().unsupportedResourceTypes()).containsEntry("AWS::ElasticLoadBalancingV2::ListenerRule", 1);
    }
}
