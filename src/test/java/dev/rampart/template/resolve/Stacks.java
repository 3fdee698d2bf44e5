package dev.rampart.template.resolve;

import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.ParseLimits;
import dev.rampart.template.tree.TemplateParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Builds stacks from YAML text for resolver tests. */
final class Stacks {
    private Stacks() {}

    static StackSet newSet() {
        return new StackSet(new EvaluationGuard(EvaluationGuard.DEFAULT_MAX_DEPTH));
    }

    static StackScope add(StackSet set, String name, String yaml, String region, String account,
            Map<String, String> parameters) {
        MapNode template = (MapNode) TemplateParser.parse(yaml.getBytes(StandardCharsets.UTF_8), name + ".yaml",
                ParseLimits.DEFAULTS);
        StackDefinition d = new StackDefinition(name, name + ".yaml", Path.of(name + ".yaml"), template, account,
                region, false, null, Map.of());
        return set.add(d, p -> parameters.containsKey(p) ? new Value.Text(parameters.get(p)) : null);
    }

    static StackScope scope(String yaml) {
        return add(newSet(), "t", yaml, null, null, Map.of());
    }

    static StackScope scope(String yaml, String region) {
        return add(newSet(), "t", yaml, region, "111111111111", Map.of());
    }

    /** The value of {@code expression} (YAML) in a template that also has {@code body}. */
    static Value eval(String body, String expression) {
        return scope(body + "\nOutputs:\n  X:\n    Value: " + expression + "\n").output("X", null);
    }

    static Value eval(String expression) {
        return eval(RESOURCES, expression);
    }

    static Value evalIn(String region, String expression) {
        return scope(RESOURCES + "\nOutputs:\n  X:\n    Value: " + expression + "\n", region).output("X", null);
    }

    static final String RESOURCES = """
            Parameters:
              Env:
                Type: String
                Default: prod
              Missing:
                Type: String
              Zones:
                Type: CommaDelimitedList
                Default: "a, b"
            Mappings:
              Sizes:
                prod:
                  Instance: m5.large
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              IsDev: !Not [!Condition IsProd]
              Unknowable: !Equals [!Ref Missing, x]
            Resources:
              Vpc:
                Type: AWS::EC2::VPC
                Properties:
                  CidrBlock: 10.0.0.0/16
              Sg:
                Type: AWS::EC2::SecurityGroup
                Properties:
                  GroupDescription: test
                  VpcId: !Ref Vpc
              DevOnly:
                Type: AWS::EC2::VPC
                Condition: IsDev
                Properties:
                  CidrBlock: 10.1.0.0/16
            """;

    static String text(Value v) {
        return ((Value.Text) v).value();
    }
}
