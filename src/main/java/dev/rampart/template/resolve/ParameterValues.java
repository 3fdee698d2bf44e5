package dev.rampart.template.resolve;

import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import java.util.ArrayList;
import java.util.List;

/** The value of a template parameter: given, else its default, typed by its declared Type. */
final class ParameterValues {
    private ParameterValues() {}

    static Value value(StackScope scope, MapNode.Entry declaration, Value provided) {
        String name = declaration.key();
        String type = declaration.value() instanceof MapNode d && d.get("Type") instanceof StringNode t
                ? t.value().trim()
                : "String";
        if (type.startsWith("AWS::SSM::Parameter::Value<")) {
            return new Value.Unknown("parameter " + name + " is read from SSM Parameter Store when the template is"
                    + " deployed", declaration.keyPosition());
        }
        Value v = provided;
        if (v == null && declaration.value() instanceof MapNode d && d.get("Default") != null) {
            TemplateNode def = d.get("Default");
            v = scope.resolve(def);
        }
        if (v == null) {
            return new Value.Unknown("parameter " + name + " has no value and no default (give it with --param "
                    + name + "=VALUE)", declaration.keyPosition());
        }
        return isList(type) ? asList(v) : v;
    }

    static boolean isList(String type) {
        return type.startsWith("List<") || type.equals("CommaDelimitedList");
    }

    // CloudFormation passes list parameters as one comma-separated string.
    private static Value asList(Value v) {
        if (v instanceof Value.Unknown u) {
            Value.ListValue references = Values.split(u, ",");
            return references != null ? references : u;
        }
        if (v instanceof Value.ResourceRef) {
            return new Value.ListValue(List.of(v));
        }
        String text = Values.scalarText(v);
        if (text == null) {
            return v;
        }
        List<Value> items = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String part : text.split(",", -1)) {
                items.add(new Value.Text(part.trim()));
            }
        }
        return new Value.ListValue(items);
    }
}
