package dev.rampart.template.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rampart.template.tree.TemplateLimitException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationGuardTest {

    // C0 = Equals; Ci = And(C(i-1), C(i-1)): without memoisation, evaluating C60 would take 2^60 steps.
    private static String doublingConditions(int n) {
        StringBuilder b = new StringBuilder("Conditions:\n  C0: !Equals [a, a]\n");
        for (int i = 1; i <= n; i++) {
            b.append("  C").append(i).append(": !And [!Condition C").append(i - 1).append(", !Condition C")
                    .append(i - 1).append("]\n");
        }
        return b.append("Resources: {}\n").toString();
    }

    @Test
    void eachConditionIsEvaluatedOnceHoweverOftenItIsReferenced() {
        StackScope s = Stacks.scope(doublingConditions(60));
        assertThat(s.condition("C60", null)).isEqualTo(Truth.TRUE);
        assertThat(s.set().guard().evaluations()).isEqualTo(61);
    }

    @Test
    void eachResourceAndParameterIsEvaluatedOnce() {
        // Each R(i) reads R(i-1) twice: without memoisation R40 would resolve R0 2^40 times.
        StringBuilder b = new StringBuilder("Parameters:\n  P: {Type: String, Default: 10.0.0.0/16}\nResources:\n");
        b.append("  R0:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: !Ref P}\n");
        for (int i = 1; i <= 40; i++) {
            b.append("  R").append(i).append(":\n    Type: AWS::EC2::VPC\n    Properties:\n")
                    .append("      CidrBlock: !Select [1, [!GetAtt R").append(i - 1).append(".CidrBlock, !GetAtt R")
                    .append(i - 1).append(".CidrBlock]]\n");
        }
        StackScope s = Stacks.scope(b.toString());
        Value top = ((Value.MapValue) s.properties("R40")).get("CidrBlock");
        assertThat(Stacks.text(top)).isEqualTo("10.0.0.0/16");
        assertThat(s.set().guard().evaluations()).isEqualTo(41 + 1);
    }

    @Test
    void aReferenceCycleIsReportedWithItsPath() {
        StackScope s = Stacks.scope("""
                Conditions:
                  A: !And [!Condition B, !Equals [x, x]]
                  B: !Not [!Condition A]
                Resources: {}
                """);
        assertThatThrownBy(() -> s.condition("A", null))
                .isInstanceOf(ReferenceCycleException.class)
                .hasMessageContaining("condition A in stack t -> condition B in stack t -> condition A in stack t");
    }

    @Test
    void aResourceThatNeedsItselfIsACycle() {
        StackScope s = Stacks.scope("""
                Resources:
                  A:
                    Type: AWS::EC2::Subnet
                    Properties: {CidrBlock: !GetAtt B.CidrBlock}
                  B:
                    Type: AWS::EC2::Subnet
                    Properties: {CidrBlock: !GetAtt A.CidrBlock}
                """);
        assertThatThrownBy(() -> s.properties("A"))
                .isInstanceOf(ReferenceCycleException.class)
                .hasMessageContaining("resource A in stack t -> resource B in stack t -> resource A in stack t");
    }

    @Test
    void aChainOfReferencesDeeperThanTheLimitFailsCleanly() {
        StringBuilder b = new StringBuilder("Conditions:\n  C0: !Equals [a, a]\n");
        for (int i = 1; i <= 3000; i++) {
            b.append("  C").append(i).append(": !Not [!Condition C").append(i - 1).append("]\n");
        }
        StackScope s = Stacks.add(new StackSet(new EvaluationGuard(1000)), "t", b.append("Resources: {}\n").toString(),
                null, null, Map.of());
        assertThatThrownBy(() -> s.condition("C3000", null))
                .isInstanceOf(TemplateLimitException.class)
                .hasMessageContaining("deeper than 1000");
    }
}
