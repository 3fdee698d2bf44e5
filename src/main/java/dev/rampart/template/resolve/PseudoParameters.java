package dev.rampart.template.resolve;

import dev.rampart.snapshot.AwsPartition;
import dev.rampart.template.tree.SourcePosition;

/** CloudFormation's pseudo parameters ({@code AWS::Region}, {@code AWS::AccountId} …) for one stack. */
final class PseudoParameters {
    private PseudoParameters() {}

    static Value value(String name, StackDefinition stack, SourcePosition at) {
        String region = stack.region();
        return switch (name) {
            case "AWS::NoValue" -> Value.NO_VALUE;
            case "AWS::Region" -> region != null ? new Value.Text(region) : unknownRegion(at);
            case "AWS::AccountId" -> stack.account() != null
                    ? new Value.Text(stack.account())
                    : new Value.Unknown("AWS::AccountId is not known (give it with --account, or use a CDK"
                            + " environment)", at);
            case "AWS::Partition" -> region != null ? new Value.Text(AwsPartition.of(region)) : unknownRegion(at);
            case "AWS::URLSuffix" -> region != null
                    ? new Value.Text(AwsPartition.of(region).equals("aws-cn") ? "amazonaws.com.cn" : "amazonaws.com")
                    : unknownRegion(at);
            case "AWS::StackName" -> stack.stackNameKnown()
                    ? new Value.Text(stack.name())
                    : new Value.Unknown("AWS::StackName is chosen when the template is deployed", at);
            case "AWS::StackId" -> new Value.Unknown("AWS::StackId is assigned when the stack is created", at);
            case "AWS::NotificationARNs" -> new Value.Unknown(
                    "AWS::NotificationARNs is chosen when the template is deployed", at);
            default -> new Value.Unknown("unknown pseudo parameter " + name, at);
        };
    }


    private static Value unknownRegion(SourcePosition at) {
        return new Value.Unknown("AWS::Region is not known (give it with --region, or use a CDK environment)", at);
    }
}
