package dev.rampart.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.snapshot.Gap;
import dev.rampart.snapshot.Resource;
import dev.rampart.snapshot.SecurityGroup;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.StackInfo;
import dev.rampart.snapshot.Subnet;
import dev.rampart.template.resolve.TemplateFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transforms CloudFormation applies before it creates anything (macros, Fn::Transform, Fn::ForEach) are not
 * expanded: what they stand for is a gap, never silently left out.
 */
class TransformsTest {
    @TempDir
    Path dir;

    private Snapshot read(String name, String yaml) throws IOException {
        return Fixtures.read(Fixtures.inEuWest1(), Files.writeString(dir.resolve(name), yaml));
    }

    @Test
    void anIncludeInsideAResourceIsAGapOnThatResourceNamingTheTransform() throws IOException {
        Snapshot s = read("app.yaml", """
                Resources:
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: app
                      VpcId: vpc-0abc
                      Fn::Transform:
                        Name: AWS::Include
                        Parameters: {Location: s3://bucket/open-ingress.yaml}
                  Host:
                    Type: AWS::EC2::Instance
                    Properties: {ImageId: ami-1, SubnetId: subnet-1, SecurityGroupIds: [!Ref Sg]}
                """);

        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.resource()).isEqualTo("app/Sg");
            assertThat(g.reason()).isEqualTo("Fn::Transform AWS::Include (Location s3://bucket/open-ingress.yaml)"
                    + " in resource Sg is not supported: what it adds to the resource is not in the snapshot");
            assertThat(g.location().line()).isEqualTo(7);
            assertThat(g.location().logicalId()).isEqualTo("Sg");
        });
        assertThat(Fixtures.find(s, SecurityGroup.class, "app/Sg").ingress()).isEmpty();
    }

    @Test
    void aMacroCalledDeepInsideAResourceIsAGapToo() throws IOException {
        Snapshot s = read("app.yaml", """
                Resources:
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties:
                      GroupDescription: app
                      SecurityGroupIngress:
                        - IpProtocol: tcp
                          FromPort: 443
                          ToPort: 443
                          CidrIp: !Transform {Name: CompanyCidrs, Parameters: {Office: berlin}}
                """);

        assertThat(s.gaps()).filteredOn(g -> "".equals(g.field())).singleElement()
                .extracting(Gap::reason).asString().startsWith("Fn::Transform CompanyCidrs in resource Sg");
    }

    @Test
    void aTransformInAResourceOfATypeNoMapperReadsIsNoGap() throws IOException {
        Snapshot s = read("app.yaml", """
                Resources:
                  Alerts:
                    Type: AWS::SNS::Topic
                    Properties:
                      Fn::Transform: {Name: AWS::Include, Parameters: {Location: s3://bucket/topic.yaml}}
                """);

        assertThat(s.gaps()).isEmpty();
        assertThat(s.source().unsupportedResourceTypes()).containsEntry("AWS::SNS::Topic", 1);
    }

    @Test
    void aTemplateLevelMacroLeavesTheWholeTemplateOutWithOneGap() throws IOException {
        Snapshot s = read("macro.yaml", """
                Transform: CompanyOpenSshMacro
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties: {GroupDescription: x, VpcId: !Ref Vpc}
                """);

        assertThat(s.resources()).isEmpty();
        assertThat(s.source().stacks()).extracting(StackInfo::name).containsExactly("macro");
        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.resource()).isNull();
            assertThat(g.reason()).startsWith("Transform CompanyOpenSshMacro is not supported")
                    .endsWith("no resource of " + dir.resolve("macro.yaml") + " is in the snapshot");
            assertThat(g.location().line()).isEqualTo(1);
            assertThat(g.location().stack()).isEqualTo("macro");
        });
    }

    @Test
    void aTemplateWideIncludeInAListOfTransformsIsAMacroToo() throws IOException {
        Snapshot s = read("included.yaml", """
                Transform:
                  - AWS::LanguageExtensions
                  - Name: AWS::Include
                    Parameters: {Location: s3://bucket/everything.yaml}
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                """);

        assertThat(s.resources()).isEmpty();
        assertThat(s.gaps()).singleElement().extracting(Gap::reason).asString()
                .startsWith("Transform AWS::Include (Location s3://bucket/everything.yaml) is not supported");
    }

    @Test
    void whatAStackUnderAMacroExportsIsUnknownToItsImporters() throws IOException {
        Path network = Files.writeString(dir.resolve("network.yaml"), """
                Transform: CompanyNetworkMacro
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                Outputs:
                  VpcId:
                    Value: !Ref Vpc
                    Export: {Name: shared-vpc}
                """);
        Path app = Files.writeString(dir.resolve("app.yaml"), """
                Resources:
                  Subnet:
                    Type: AWS::EC2::Subnet
                    Properties: {VpcId: !ImportValue shared-vpc, CidrBlock: 10.0.1.0/24}
                """);

        Snapshot s = Fixtures.read(Fixtures.inEuWest1(), network, app);

        assertThat(Fixtures.find(s, Subnet.class, "app/Subnet").vpcId()).isNull();
        assertThat(s.gaps()).anySatisfy(g -> {
            assertThat(g.resource()).isEqualTo("app/Subnet");
            assertThat(g.field()).isEqualTo("/vpc_id");
        });
    }

    @Test
    void samAndTheLanguageExtensionsAreReadAsWritten() throws IOException {
        Snapshot s = read("sam.yaml", """
                Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]
                Resources:
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties: {GroupDescription: x, VpcId: vpc-1}
                  Fn:
                    Type: AWS::Serverless::Function
                    Properties:
                      Handler: index.handler
                      Runtime: python3.12
                      VpcConfig: {SecurityGroupIds: [!Ref Sg], SubnetIds: [subnet-1]}
                """);

        assertThat(s.resources()).extracting(Resource::id).containsExactly("sam/Sg");
        assertThat(s.gaps()).isEmpty();
        assertThat(s.source().unsupportedResourceTypes()).containsEntry("AWS::Serverless::Function", 1);
    }

    @Test
    void aSamApplicationIsANestedStackWhoseTemplateIsNotAvailable() throws IOException {
        Snapshot s = read("sam.yaml", """
                Transform: AWS::Serverless-2016-10-31
                Resources:
                  Network:
                    Type: AWS::Serverless::Application
                    Properties:
                      Location: {ApplicationId: arn:aws:serverlessrepo:us-east-1:111111111111:applications/vpc, SemanticVersion: 1.0.0}
                """);

        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.resource()).isEqualTo("sam/Network");
            assertThat(g.reason()).contains("not available locally").contains("not in the snapshot");
        });
    }

    @Test
    void aTransformSectionThatNamesNoTransformIsAnErrorNamingTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), """
                Transform: [42]
                Resources:
                  Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
                """);

        assertThatThrownBy(() -> Fixtures.read(Fixtures.inEuWest1(), file))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("bad.yaml:1:13: Transform must name transforms");
    }

    @Test
    void forEachUnderResourcesIsAGapNamingItAndTheRestOfTheTemplateIsRead() throws IOException {
        Snapshot s = read("hosts.yaml", """
                Transform: AWS::LanguageExtensions
                Resources:
                  Fn::ForEach::Hosts:
                    - Name
                    - [A, B]
                    - Host${Name}:
                        Type: AWS::EC2::Instance
                        Properties: {ImageId: ami-1, SubnetId: subnet-1, SecurityGroupIds: [!Ref Sg]}
                  Sg:
                    Type: AWS::EC2::SecurityGroup
                    Properties: {GroupDescription: x, VpcId: vpc-1}
                """);

        assertThat(s.resources()).extracting(Resource::id).containsExactly("hosts/Sg");
        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.resource()).isNull();
            assertThat(g.reason()).isEqualTo("Fn::ForEach::Hosts (AWS::LanguageExtensions) under Resources is not"
                    + " supported: the resources it creates are not in the snapshot");
            assertThat(g.location().line()).isEqualTo(3);
        });
    }

    @Test
    void anIncludeUnderResourcesIsAGapNamingWhatItIncludes() throws IOException {
        Snapshot s = read("include.yaml", """
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                  Fn::Transform:
                    Name: AWS::Include
                    Parameters: {Location: s3://bucket/sg.yaml}
                """);

        assertThat(s.resources()).extracting(Resource::id).contains("include/Vpc");
        assertThat(s.gaps()).singleElement().extracting(Gap::reason).isEqualTo("Fn::Transform AWS::Include"
                + " (Location s3://bucket/sg.yaml) under Resources is not supported: the resources it creates are not"
                + " in the snapshot");
    }

    @Test
    void aResourceThatATransformWritesIsAGapNamingTheResource() throws IOException {
        Snapshot s = read("include.yaml", """
                Resources:
                  Firewall:
                    Fn::Transform:
                      Name: AWS::Include
                      Parameters: {Location: s3://bucket/firewall.yaml}
                """);

        assertThat(s.resources()).isEmpty();
        assertThat(s.gaps()).singleElement().satisfies(g -> {
            assertThat(g.resource()).isEqualTo("include/Firewall");
            assertThat(g.reason()).isEqualTo("resource Firewall is written by Fn::Transform AWS::Include (Location"
                    + " s3://bucket/firewall.yaml), which is not supported: it is not in the snapshot");
            assertThat(g.location().line()).isEqualTo(3);
        });
    }
}
