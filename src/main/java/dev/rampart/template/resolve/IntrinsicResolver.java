package dev.rampart.template.resolve;

import dev.rampart.template.tree.BooleanNode;
import dev.rampart.template.tree.ListNode;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.NullNode;
import dev.rampart.template.tree.NumberNode;
import dev.rampart.template.tree.SourcePosition;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves template expressions: plain values, and the intrinsic functions (Ref, Fn::GetAtt, Fn::Sub,
 * Fn::Join, Fn::Select, Fn::Split, Fn::FindInMap, Fn::If, Fn::ImportValue, Fn::GetStackOutput, Fn::GetAZs,
 * Fn::Base64, Fn::Cidr, and the condition functions). Named things (parameters, conditions, resources, outputs) are
 * looked up through the {@link StackScope}, which evaluates each once.
 */
final class IntrinsicResolver {
    private final StackScope scope;
    private final TextFunctions text;
    private final ListFunctions lists;

    IntrinsicResolver(StackScope scope) {
        this.scope = scope;
        this.text = new TextFunctions(scope, this);
        this.lists = new ListFunctions(scope, this);
    }

    Value resolve(TemplateNode node) {
        EvaluationGuard guard = scope.set().guard();
        guard.descend(node.position());
        try {
            return switch (node) {
                case StringNode s -> new Value.Text(s.value());
                case NumberNode n -> new Value.Number(n.text());
                case BooleanNode b -> new Value.Bool(b.value());
                case NullNode n -> Value.NULL;
                case ListNode l -> list(l);
                case MapNode m -> isFunction(m) ? function(m.entries().get(0)) : map(m);
            };
        } finally {
            guard.ascend();
        }
    }

    // {"Condition": "Name"} is a function only with a string argument: an IAM policy statement's
    // Condition block is a map and stays data.
    private static boolean isFunction(MapNode m) {
        if (!m.isIntrinsic()) {
            return false;
        }
        MapNode.Entry e = m.entries().get(0);
        return !e.key().equals("Condition") || e.value() instanceof StringNode;
    }

    private Value list(ListNode l) {
        List<Value> items = new ArrayList<>(l.items().size());
        for (TemplateNode item : l.items()) {
            Value v = resolve(item);
            if (!(v instanceof Value.NoValue)) {
                items.add(v);
            }
        }
        return new Value.ListValue(items);
    }

    private Value map(MapNode m) {
        Map<String, Value> entries = new LinkedHashMap<>();
        for (MapNode.Entry e : m.entries()) {
            Value v = resolve(e.value());
            if (!(v instanceof Value.NoValue)) {
                entries.put(e.key(), v);
            }
        }
        return new Value.MapValue(entries);
    }

    private Value function(MapNode.Entry call) {
        TemplateNode arg = call.value();
        SourcePosition at = call.keyPosition();
        return switch (call.key()) {
            case "Ref" -> scope.ref(name(arg, "Ref"), at);
            case "Condition" -> truthValue(scope.condition(name(arg, "Condition"), at));
            case "Fn::GetAtt" -> getAtt(arg, at);
            case "Fn::If" -> ifFunction(arg, at);
            case "Fn::ImportValue" -> scope.set().importValue(resolve(arg), at);
            case "Fn::GetStackOutput" -> stackOutput(arg, at);
            case "Fn::Sub" -> text.sub(arg, at);
            case "Fn::Join" -> text.join(arg, at);
            case "Fn::Split" -> text.split(arg, at);
            case "Fn::Base64" -> text.base64(arg, at);
            case "Fn::Select" -> lists.select(arg, at);
            case "Fn::FindInMap" -> lists.findInMap(arg, at);
            case "Fn::GetAZs" -> lists.getAZs(arg, at);
            case "Fn::Cidr" -> lists.cidr(arg, at);
            case "Fn::Equals", "Fn::And", "Fn::Or", "Fn::Not" -> truthValue(scope.evaluateCondition(new MapNode(
                    List.of(call), at)));
            default -> new Value.Unknown(call.key() + " is not supported by Rampart", at);
        };
    }

    private static Value truthValue(Truth t) {
        return t.isUnknown() ? t.unknown() : new Value.Bool(t.isTrue());
    }

    private Value getAtt(TemplateNode arg, SourcePosition at) {
        String logicalId;
        Value attribute;
        if (arg instanceof StringNode s && s.value().indexOf('.') > 0) {
            int dot = s.value().indexOf('.');
            logicalId = s.value().substring(0, dot);
            attribute = new Value.Text(s.value().substring(dot + 1));
        } else if (arg instanceof ListNode l && l.items().size() == 2 && l.items().get(0) instanceof StringNode id) {
            logicalId = id.value();
            attribute = resolve(l.items().get(1));
        } else {
            throw new TemplateFormatException(arg.position(), "Fn::GetAtt needs [LogicalId, AttributeName]");
        }
        String attributeName = Values.scalarText(attribute);
        if (attributeName == null) {
            return attribute instanceof Value.Unknown u
                    ? u
                    : new Value.Unknown("the attribute name of Fn::GetAtt " + logicalId + " is not a string", at);
        }
        return scope.getAtt(logicalId, attributeName, at);
    }

    private Value stackOutput(TemplateNode arg, SourcePosition at) {
        if (!(arg instanceof MapNode m) || m.get("StackName") == null || m.get("OutputName") == null) {
            throw new TemplateFormatException(arg.position(), "Fn::GetStackOutput needs {StackName, OutputName}");
        }
        Value stack = resolve(m.get("StackName"));
        Value output = resolve(m.get("OutputName"));
        String stackName = Values.scalarText(stack);
        String outputName = Values.scalarText(output);
        if (stackName == null || outputName == null) {
            Value.Unknown why = stack instanceof Value.Unknown u ? u : output instanceof Value.Unknown u ? u : null;
            return new Value.Unknown("Fn::GetStackOutput: " + (why == null ? "the stack or output name is not a string"
                    : why.reason()), at);
        }
        return scope.set().stackOutput(stackName, outputName, at);
    }

    private Value ifFunction(TemplateNode arg, SourcePosition at) {
        if (!(arg instanceof ListNode l) || l.items().size() != 3 || !(l.items().get(0) instanceof StringNode c)) {
            throw new TemplateFormatException(arg.position(), "Fn::If needs [ConditionName, ValueIfTrue, ValueIfFalse]");
        }
        Truth t = scope.condition(c.value(), c.position());
        if (t.isTrue()) {
            return resolve(l.items().get(1));
        }
        if (t.isFalse()) {
            return resolve(l.items().get(2));
        }
        // Unknown condition: the value is still known when both branches agree.
        Value whenTrue = resolve(l.items().get(1));
        Value whenFalse = resolve(l.items().get(2));
        if (Boolean.TRUE.equals(Values.knownEquals(whenTrue, whenFalse))) {
            return whenTrue;
        }
        return new Value.Unknown("condition " + c.value() + " could not be evaluated: " + t.unknown().reason(), at);
    }

    private static String name(TemplateNode arg, String function) {
        if (arg instanceof StringNode s) {
            return s.value();
        }
        throw new TemplateFormatException(arg.position(), function + " needs a name");
    }
}
