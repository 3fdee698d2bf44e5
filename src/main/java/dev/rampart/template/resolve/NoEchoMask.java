package dev.rampart.template.resolve;

import dev.rampart.template.tree.BooleanNode;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;

/**
 * The value of a {@code NoEcho} parameter as CloudFormation shows it ({@code ****} in DescribeStacks). Rampart
 * uses that wherever the template refers to the parameter, so a secret given with {@code --param} or written as
 * a default never reaches a snapshot, a report or a history directory.
 */
final class NoEchoMask {
    static final String MASK = "****";

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

    /** The value with every known piece masked; a list stays a list, so Fn::Select on it still works. */
    static Value mask(Value v) {
        return switch (v) {
            case Value.ListValue l -> new Value.ListValue(l.items().stream().map(NoEchoMask::mask).toList());
            // Its known pieces would be the secret's own text.
            case Value.Unknown u -> new Value.Unknown(u.reason(), u.at());
            case Value.NoValue n -> n;
            default -> new Value.Text(MASK);
        };
    }
}
