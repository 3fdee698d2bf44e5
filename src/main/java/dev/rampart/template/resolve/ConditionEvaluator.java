package dev.rampart.template.resolve;

import dev.rampart.template.tree.BooleanNode;
import dev.rampart.template.tree.ListNode;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import java.util.List;

/**
 * Evaluates condition expressions (Fn::Equals, Fn::And, Fn::Or, Fn::Not, Condition) in three-valued
 * logic: And is false as soon as one operand is false and Or true as soon as one is true, even when
 * others are unknown.
 */
final class ConditionEvaluator {
    private final StackScope scope;

    ConditionEvaluator(StackScope scope) {
        this.scope = scope;
    }

    Truth evaluate(TemplateNode node) {
        EvaluationGuard guard = scope.set().guard();
        guard.descend(node.position());
        try {
            return evaluateNode(node);
        } finally {
            guard.ascend();
        }
    }

    private Truth evaluateNode(TemplateNode node) {
        if (node instanceof BooleanNode b) {
            return Truth.of(b.value());
        }
        if (!(node instanceof MapNode m) || m.size() != 1) {
            throw new TemplateFormatException(node.position(),
                    "a condition must be Fn::Equals, Fn::And, Fn::Or, Fn::Not or Condition");
        }
        MapNode.Entry e = m.entries().get(0);
        return switch (e.key()) {
            case "Fn::Equals" -> equalsFunction(e);
            case "Fn::And" -> and(operands(e, 2, 10));
            case "Fn::Or" -> or(operands(e, 2, 10));
            case "Fn::Not" -> not(operands(e, 1, 1).get(0));
            case "Condition" -> {
                if (!(e.value() instanceof StringNode s)) {
                    throw new TemplateFormatException(e.value().position(), "Condition needs a condition name");
                }
                yield scope.condition(s.value(), s.position());
            }
            default -> throw new TemplateFormatException(e.keyPosition(),
                    e.key() + " cannot be used as a condition");
        };
    }

    private Truth equalsFunction(MapNode.Entry e) {
        if (!(e.value() instanceof ListNode l) || l.items().size() != 2) {
            throw new TemplateFormatException(e.value().position(), "Fn::Equals needs [value, value]");
        }
        Value a = operand(l.items().get(0));
        Value b = operand(l.items().get(1));
        Boolean same = Values.knownEquals(a, b);
        if (same != null) {
            return Truth.of(same);
        }
        Value.Unknown why = a instanceof Value.Unknown u ? u : b instanceof Value.Unknown u ? u : null;
        String reason = why != null ? why.reason() : "it compares values known only after deployment";
        return Truth.unknown(new Value.Unknown(reason, e.keyPosition()));
    }

    // CloudFormation compares a NoEcho parameter's own value ("was a password given?": !Equals [!Ref Pw, ""]);
    // only a truth value comes out of Fn::Equals, so the secret goes no further.
    private Value operand(TemplateNode node) {
        if (node instanceof MapNode m && m.isIntrinsic() && m.entries().get(0).key().equals("Ref")
                && m.entries().get(0).value() instanceof StringNode name) {
            Value secret = scope.noEchoValueToCompare(name.value(), m.entries().get(0).keyPosition());
            if (secret != null) {
                return secret;
            }
        }
        return scope.resolve(node);
    }

    private List<TemplateNode> operands(MapNode.Entry e, int min, int max) {
        if (!(e.value() instanceof ListNode l) || l.items().size() < min || l.items().size() > max) {
            throw new TemplateFormatException(e.value().position(),
                    e.key() + " needs a list of " + (min == max ? min : min + " to " + max) + " conditions");
        }
        return l.items();
    }

    private Truth and(List<TemplateNode> operands) {
        Truth unknown = null;
        for (TemplateNode o : operands) {
            Truth t = evaluate(o);
            if (t.isFalse()) {
                return Truth.FALSE;
            }
            if (t.isUnknown() && unknown == null) {
                unknown = t;
            }
        }
        return unknown != null ? unknown : Truth.TRUE;
    }

    private Truth or(List<TemplateNode> operands) {
        Truth unknown = null;
        for (TemplateNode o : operands) {
            Truth t = evaluate(o);
            if (t.isTrue()) {
                return Truth.TRUE;
            }
            if (t.isUnknown() && unknown == null) {
                unknown = t;
            }
        }
        return unknown != null ? unknown : Truth.FALSE;
    }

    private Truth not(TemplateNode operand) {
        Truth t = evaluate(operand);
        return t.isUnknown() ? t : Truth.of(!t.isTrue());
    }
}
