package dev.rampart.template.resolve;

import static dev.rampart.template.resolve.Stacks.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ConditionsAndParametersTest {

    private static final String CONDITIONS = """
            Parameters:
              Env: {Type: String, Default: prod}
              Missing: {Type: String}
            Conditions:
              IsProd: !Equals [!Ref Env, prod]
              IsDev: !Equals [dev, !Ref Env]
              Unknowable: !Equals [!Ref Missing, x]
              NumbersCompareAsText: !Equals [1, "1"]
              ProdAndUnknown: !And [!Condition IsProd, !Condition Unknowable]
              DevAndUnknown: !And [!Condition IsDev, !Condition Unknowable]
              ProdOrUnknown: !Or [!Condition Unknowable, !Condition IsProd]
              DevOrUnknown: !Or [!Condition IsDev, !Condition Unknowable]
              NotProd: !Not [!Condition IsProd]
              NotUnknown: !Not [!Condition Unknowable]
            Resources: {}
            """;

    private static Truth condition(String name) {
        return Stacks.scope(CONDITIONS).condition(name, null);
    }

    @Test
    void equalsComparesResolvedValues() {
        assertThat(condition("IsProd")).isEqualTo(Truth.TRUE);
        assertThat(condition("IsDev")).isEqualTo(Truth.FALSE);
        assertThat(condition("NumbersCompareAsText")).isEqualTo(Truth.TRUE);
    }

    @Test
    void equalsWithAnUnknownSideIsUnknownWithItsReason() {
        Truth t = condition("Unknowable");
        assertThat(t.isUnknown()).isTrue();
        assertThat(t.unknown().reason()).contains("parameter Missing");
    }

    @Test
    void andIsFalseWhenAnyOperandIsFalseEvenIfOthersAreUnknown() {
        assertThat(condition("DevAndUnknown")).isEqualTo(Truth.FALSE);
        assertThat(condition("ProdAndUnknown").isUnknown()).isTrue();
    }

    @Test
    void orIsTrueWhenAnyOperandIsTrueEvenIfOthersAreUnknown() {
        assertThat(condition("ProdOrUnknown")).isEqualTo(Truth.TRUE);
        assertThat(condition("DevOrUnknown").isUnknown()).isTrue();
    }

    @Test
    void notInvertsAKnownConditionAndKeepsAnUnknownOne() {
        assertThat(condition("NotProd")).isEqualTo(Truth.FALSE);
        assertThat(condition("NotUnknown").isUnknown()).isTrue();
    }

    @Test
    void anUndefinedConditionIsATemplateError() {
        assertThatThrownBy(() -> condition("Nope")).isInstanceOf(TemplateFormatException.class).hasMessageContaining("Nope");
    }

    @Test
    void givenParameterValuesWinOverDefaults() {
        StackScope s = Stacks.add(Stacks.newSet(), "t", CONDITIONS + "Outputs:\n  X: {Value: !Ref Env}\n", null, null,
                Map.of("Env", "dev"));
        assertThat(text(s.output("X", null))).isEqualTo("dev");
        assertThat(s.condition("IsDev", null)).isEqualTo(Truth.TRUE);
    }

    @Test
    void listParametersAreSplitAtCommas() {
        StackScope s = Stacks.add(Stacks.newSet(), "t", """
                Parameters:
                  Subnets: {Type: 'List<AWS::EC2::Subnet::Id>'}
                  Names: {Type: CommaDelimitedList, Default: 'a,b'}
                Resources: {}
                Outputs:
                  S: {Value: !Ref Subnets}
                  N: {Value: !Ref Names}
                """, null, null, Map.of("Subnets", "subnet-1, subnet-2"));
        assertThat(((Value.ListValue) s.output("S", null)).items()).extracting(Stacks::text)
                .containsExactly("subnet-1", "subnet-2");
        assertThat(((Value.ListValue) s.output("N", null)).items()).extracting(Stacks::text).containsExactly("a", "b");
    }

    @Test
    void ssmParametersAreUnknownEvenWithADefault() {
        StackScope s = Stacks.scope("""
                Parameters:
                  Ami:
                    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
                    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-6.1-x86_64
                Resources: {}
                Outputs:
                  X: {Value: !Ref Ami}
                """);
        assertThat(((Value.Unknown) s.output("X", null)).reason()).contains("SSM Parameter Store");
    }
}
