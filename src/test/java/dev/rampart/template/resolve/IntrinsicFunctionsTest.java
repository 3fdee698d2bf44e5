package dev.rampart.template.resolve;

import static dev.rampart.template.resolve.Stacks.eval;
import static dev.rampart.template.resolve.Stacks.evalIn;
import static dev.rampart.template.resolve.Stacks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IntrinsicFunctionsTest {

    private static List<String> texts(Value v) {
        return ((Value.ListValue) v).items().stream().map(Stacks::text).toList();
    }

    private static Value.Unknown unknown(Value v) {
        assertThat(v).isInstanceOf(Value.Unknown.class);
        return (Value.Unknown) v;
    }

    @Test
    void refToAParameterIsItsDefault() {
        assertThat(text(eval("!Ref Env"))).isEqualTo("prod");
    }

    @Test
    void refToAParameterWithoutValueIsUnknownNamingTheParameterAtTheRef() {
        Value.Unknown u = unknown(eval("!Ref Missing"));
        assertThat(u.reason()).contains("parameter Missing has no value").contains("--param Missing=");
        assertThat(u.at().line()).isGreaterThan(30);
    }

    @Test
    void refToAResourceIsItsSnapshotId() {
        assertThat(eval("!Ref Vpc")).isEqualTo(new Value.ResourceRef("t/Vpc", "AWS::EC2::VPC", "Vpc"));
    }

    @Test
    void refToAResourceWhoseConditionIsFalseIsUnknown() {
        assertThat(unknown(eval("!Ref DevOnly")).reason()).contains("not created");
    }

    @Test
    void pseudoParametersComeFromTheStacksRegionAndAccount() {
        assertThat(text(evalIn("cn-north-1", "!Ref AWS::Region"))).isEqualTo("cn-north-1");
        assertThat(text(evalIn("cn-north-1", "!Ref AWS::AccountId"))).isEqualTo("111111111111");
        assertThat(text(evalIn("cn-north-1", "!Ref AWS::Partition"))).isEqualTo("aws-cn");
        assertThat(text(evalIn("cn-north-1", "!Ref AWS::URLSuffix"))).isEqualTo("amazonaws.com.cn");
        assertThat(text(evalIn("us-gov-west-1", "!Ref AWS::Partition"))).isEqualTo("aws-us-gov");
    }

    @Test
    void pseudoParametersAreUnknownWithoutAnEnvironment() {
        assertThat(unknown(eval("!Ref AWS::Region")).reason()).contains("--region");
        assertThat(unknown(eval("!Ref AWS::AccountId")).reason()).contains("--account");
        assertThat(unknown(eval("!Ref AWS::StackName")).reason()).contains("deployed");
        assertThat(eval("!Ref AWS::StackId")).isInstanceOf(Value.Unknown.class);
        assertThat(eval("!Ref AWS::NotificationARNs")).isInstanceOf(Value.Unknown.class);
    }

    @Test
    void noValueRemovesAMapEntryAndAListElement() {
        Value v = eval("{A: !Ref AWS::NoValue, B: [x, !Ref AWS::NoValue, y]}");
        Value.MapValue m = (Value.MapValue) v;
        assertThat(m.entries()).containsOnlyKeys("B");
        assertThat(texts(m.get("B"))).containsExactly("x", "y");
    }

    @Test
    void getAttEchoesPropertiesAndNamesResources() {
        assertThat(text(eval("!GetAtt Vpc.CidrBlock"))).isEqualTo("10.0.0.0/16");
        assertThat(text(eval("!GetAtt [Vpc, CidrBlock]"))).isEqualTo("10.0.0.0/16");
        assertThat(eval("!GetAtt Sg.GroupId")).isEqualTo(new Value.ResourceRef("t/Sg", "AWS::EC2::SecurityGroup", "Sg"));
        assertThat(eval("!GetAtt Sg.VpcId")).isEqualTo(new Value.ResourceRef("t/Vpc", "AWS::EC2::VPC", "Vpc"));
    }

    @Test
    void getAttOfAVpcsDefaultGroupNamesTheImplicitGroup() {
        assertThat(((Value.ResourceRef) eval("!GetAtt Vpc.DefaultSecurityGroup")).id())
                .isEqualTo("t/Vpc#default-security-group");
        assertThat(((Value.ResourceRef) eval("!GetAtt Vpc.DefaultNetworkAcl")).id())
                .isEqualTo("t/Vpc#default-network-acl");
    }

    @Test
    void getAttOfSomethingAssignedAtDeployTimeIsUnknown() {
        assertThat(unknown(eval("!GetAtt Vpc.CidrBlockAssociations")).reason()).contains("after deployment");
        assertThat(unknown(eval("!GetAtt Sg.GroupName")).reason()).contains("assigned by AWS");
        assertThat(unknown(eval("!GetAtt Nope.Arn")).reason()).contains("Nope");
    }

    @Test
    void subReplacesParametersAttributesAndPseudoParameters() {
        assertThat(text(evalIn("eu-west-1", "!Sub '${Env}-${Vpc.CidrBlock}-${AWS::Region}'")))
                .isEqualTo("prod-10.0.0.0/16-eu-west-1");
    }

    @Test
    void subWritesEscapedDollarsLiterally() {
        assertThat(text(eval("!Sub 'echo ${!HOME} ${Env}'"))).isEqualTo("echo ${HOME} prod");
    }

    @Test
    void subTakesVariablesInItsListForm() {
        assertThat(text(eval("!Sub ['${Name}.${Env}.local', {Name: !Select [1, [a, b]]}]"))).isEqualTo("b.prod.local");
    }

    @Test
    void subWithAnUnknownPartKeepsTheKnownText() {
        Value.Unknown u = unknown(eval("!Sub 'com.amazonaws.${AWS::Region}.ecr.api'"));
        assertThat(u.partialText("?")).isEqualTo("com.amazonaws.?.ecr.api");
        assertThat(u.reason()).contains("AWS::Region");
    }

    @Test
    void joinConcatenatesWithTheDelimiter() {
        assertThat(text(eval("!Join ['-', [a, !Ref Env, 3]]"))).isEqualTo("a-prod-3");
    }

    @Test
    void joinWithAnUnknownElementIsUnknownButKeepsItsPieces() {
        Value.Unknown u = unknown(eval("!Join ['', ['com.amazonaws.', !Ref 'AWS::Region', '.s3']]"));
        assertThat(u.partialText("?")).isEqualTo("com.amazonaws.?.s3");
    }

    @Test
    void aJoinedListOfReferencesSplitsBackIntoReferences() {
        Value v = eval("!Split [',', !Join [',', [!Ref Vpc, !Ref Sg]]]");
        assertThat(((Value.ListValue) v).items()).extracting(i -> ((Value.ResourceRef) i).id())
                .containsExactly("t/Vpc", "t/Sg");
    }

    @Test
    void aReferenceInsideAStringIsUnknown() {
        assertThat(unknown(eval("!Sub '${Vpc}-flow-logs'")).reason()).contains("physical id of Vpc");
    }

    @Test
    void selectPicksAnElement() {
        assertThat(text(eval("!Select [1, [a, b, c]]"))).isEqualTo("b");
        assertThat(text(eval("!Select ['0', !Ref Zones]"))).isEqualTo("a");
        assertThat(unknown(eval("!Select [5, [a]]")).reason()).contains("out of range");
    }

    @Test
    void splitCutsAString() {
        assertThat(texts(eval("!Split [',', 'a,b,,c']"))).containsExactly("a", "b", "", "c");
    }

    @Test
    void findInMapLooksUpTwoLevels() {
        assertThat(text(eval("!FindInMap [Sizes, !Ref Env, Instance]"))).isEqualTo("m5.large");
        assertThat(text(eval("!FindInMap [Sizes, dev, Instance, {DefaultValue: t3.micro}]"))).isEqualTo("t3.micro");
        assertThat(unknown(eval("!FindInMap [Sizes, dev, Instance]")).reason()).contains("no entry dev/Instance");
    }

    @Test
    void getAzsListsTheZonesOfTheRegion() {
        assertThat(texts(evalIn("eu-west-1", "!GetAZs ''"))).containsExactly("eu-west-1a", "eu-west-1b", "eu-west-1c");
        assertThat(texts(eval("!GetAZs us-east-2"))).containsExactly("us-east-2a", "us-east-2b", "us-east-2c");
        assertThat(unknown(eval("!GetAZs ''")).reason()).contains("region");
        assertThat(unknown(eval("!Select [0, !GetAZs '']")).reason()).contains("region");
    }

    @Test
    void base64EncodesItsText() {
        assertThat(text(eval("!Base64 'hello'"))).isEqualTo("aGVsbG8=");
    }

    @Test
    void cidrCarvesIpv4AndIpv6Blocks() {
        assertThat(texts(eval("!Cidr [10.0.0.0/16, 3, 8]"))).containsExactly("10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24");
        assertThat(texts(eval("!Cidr [!GetAtt Vpc.CidrBlock, 2, 12]"))).containsExactly("10.0.0.0/20", "10.0.16.0/20");
        assertThat(texts(eval("!Cidr ['2001:db8::/56', 2, 64]"))).containsExactly("2001:db8::/64", "2001:db8:0:1::/64");
        assertThatThrownBy(() -> eval("!Cidr [10.0.0.0/24, 2, 12]")).isInstanceOf(TemplateFormatException.class);
    }

    @Test
    void ifPicksTheBranchOfItsCondition() {
        assertThat(text(eval("!If [IsProd, big, small]"))).isEqualTo("big");
        assertThat(text(eval("!If [IsDev, big, small]"))).isEqualTo("small");
    }

    @Test
    void ifWithAnUnknownConditionIsUnknownUnlessBothBranchesAgree() {
        assertThat(unknown(eval("!If [Unknowable, a, b]")).reason()).contains("Unknowable").contains("Missing");
        assertThat(text(eval("!If [Unknowable, same, same]"))).isEqualTo("same");
    }

    @Test
    void importValueReadsAnExportOfAnotherStackInTheSet() {
        StackSet set = Stacks.newSet();
        Stacks.add(set, "net", """
                Resources:
                  Vpc:
                    Type: AWS::EC2::VPC
                    Properties: {CidrBlock: 10.0.0.0/16}
                Outputs:
                  VpcId:
                    Value: !Ref Vpc
                    Export: {Name: !Sub '${Prefix}-vpc'}
                Parameters:
                  Prefix: {Type: String, Default: shared}
                """, null, null, Map.of());
        StackScope app = Stacks.add(set, "app", """
                Resources: {}
                Outputs:
                  Found: {Value: !ImportValue shared-vpc}
                  Missing: {Value: !ImportValue elsewhere-vpc}
                """, null, null, Map.of());
        assertThat(((Value.ResourceRef) app.output("Found", null)).id()).isEqualTo("net/Vpc");
        assertThat(unknown(app.output("Missing", null)).reason())
                .isEqualTo("Fn::ImportValue \"elsewhere-vpc\" is defined outside the templates read");
    }

    @Test
    void getStackOutputReadsAnOutputOfAnotherStack() {
        StackSet set = Stacks.newSet();
        Stacks.add(set, "net", "Resources: {}\nOutputs:\n  Cidr: {Value: 10.0.0.0/16}\n", null, null, Map.of());
        StackScope app = Stacks.add(set, "app", """
                Resources: {}
                Outputs:
                  X: {Value: {'Fn::GetStackOutput': {StackName: net, OutputName: Cidr}}}
                """, null, null, Map.of());
        assertThat(text(app.output("X", null))).isEqualTo("10.0.0.0/16");
    }

    @Test
    void anUnsupportedFunctionIsUnknownNotAnError() {
        assertThat(unknown(eval("{'Fn::Length': [a, b]}")).reason()).contains("Fn::Length is not supported");
    }

    @Test
    void aMalformedFunctionIsATemplateErrorWithItsPosition() {
        assertThatThrownBy(() -> eval("!Join [only-one]"))
                .isInstanceOf(TemplateFormatException.class)
                .hasMessageContaining("t.yaml:").hasMessageContaining("Fn::Join needs");
    }

    @Test
    void anIamConditionBlockIsDataNotTheConditionFunction() {
        Value v = eval("{Condition: {StringEquals: {'aws:SourceAccount': '1'}}}");
        assertThat(((Value.MapValue) v).get("Condition")).isInstanceOf(Value.MapValue.class);
    }
}
