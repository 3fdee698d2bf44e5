package dev.rampart.template.resolve;

import dev.rampart.template.tree.BooleanNode;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;

/**
 * What a {@code NoEcho} parameter stands for where a template refers to it: an unknown value. CloudFormation
 * shows such a value as {@code ****}; Rampart neither writes it anywhere (a secret given with {@code --param}
 * or written as a default must never reach a snapshot, a report or a history directory) nor pretends that
 * {@code ****} is the value: a rule that needs it (a CIDR, a tag) sees an unknown with a gap and reports an
 * unknown, instead of judging the mask. Only {@code Fn::Equals} on the parameter itself compares the real
 * value (ConditionEvaluator), since nothing but a truth value comes out of it.
 */
final class NoEchoMask {
    private NoEchoMask() {}

    /** Whether a parameter declaration says {@code NoEcho: true} (JSON templates often write {@code "true"}). */
    static boolean isNoEcho(MapNode.Entry declaration) {
        if (!(declaration.value() instanceof MapNode d)) {
            return false;
        }
        TemplateNode flag = d.get("NoEcho");
        return flag instanceof BooleanNode b && b.value()
                || flag instanceof StringNode s && s.value().trim().equalsIgnoreCase("true");
    }

    /** The value of NoEcho parameter {@code name} as unknown; a list stays a list of unknowns, for Fn::Select. */
    static Value mask(String name, Value v) {
        return switch (v) {
            case Value.ListValue l -> new Value.ListValue(l.items().stream().map(i -> mask(name, i)).toList());
            case Value.NoValue n -> n;
            // even an unknown's known pieces would be the secret's own text
            default -> new Value.Unknown("parameter " + name + " is NoEcho: Rampart does not use its value", null);
        };
    }
}
