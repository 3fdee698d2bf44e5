package dev.rampart.template.resolve;

import dev.rampart.template.tree.ListNode;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.SourcePosition;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The string-building intrinsic functions: Fn::Sub, Fn::Join, Fn::Split and Fn::Base64. */
final class TextFunctions {
    private final StackScope scope;
    private final IntrinsicResolver resolver;

    TextFunctions(StackScope scope, IntrinsicResolver resolver) {
        this.scope = scope;
        this.resolver = resolver;
    }

    /** {@code Fn::Sub "text ${Name} ${Res.Attr} ${!Literal}"} or {@code Fn::Sub [text, {Name: value}]}. */
    Value sub(TemplateNode arg, SourcePosition at) {
        StringNode template;
        MapNode variables = null;
        if (arg instanceof StringNode s) {
            template = s;
        } else if (arg instanceof ListNode l && l.items().size() == 2 && l.items().get(0) instanceof StringNode s
                && l.items().get(1) instanceof MapNode vars) {
            template = s;
            variables = vars;
        } else {
            throw new TemplateFormatException(arg.position(), "Fn::Sub needs a string or [string, {Name: value}]");
        }
        Map<String, Value> resolvedVariables = new HashMap<>();
        List<Value> pieces = new ArrayList<>();
        for (SubTemplate.Part part : SubTemplate.parse(template.value())) {
            if (part.variable() == null) {
                pieces.add(new Value.Text(part.text()));
                continue;
            }
            String name = part.variable();
            Value v;
            if (variables != null && variables.get(name) != null) {
                MapNode vars = variables;
                v = resolvedVariables.computeIfAbsent(name, n -> resolver.resolve(vars.get(n)));
            } else if (!name.startsWith("AWS::") && name.indexOf('.') > 0) {
                int dot = name.indexOf('.');
                v = scope.getAtt(name.substring(0, dot), name.substring(dot + 1), at);
            } else {
                v = scope.ref(name, at);
            }
            pieces.add(Values.asText(v, at, "Fn::Sub"));
        }
        return Values.concat(pieces, at, "Fn::Sub");
    }

    /** {@code Fn::Join [delimiter, [values]]}. */
    Value join(TemplateNode arg, SourcePosition at) {
        if (!(arg instanceof ListNode l) || l.items().size() != 2) {
            throw new TemplateFormatException(arg.position(), "Fn::Join needs [delimiter, [values]]");
        }
        Value delimiterValue = resolver.resolve(l.items().get(0));
        String delimiter = Values.scalarText(delimiterValue);
        if (delimiter == null) {
            return delimiterValue instanceof Value.Unknown u ? u
                    : new Value.Unknown("the delimiter of Fn::Join is not a string", at);
        }
        Value items = resolver.resolve(l.items().get(1));
        if (items instanceof Value.Unknown u) {
            return u;
        }
        if (!(items instanceof Value.ListValue list)) {
            throw new TemplateFormatException(l.items().get(1).position(), "Fn::Join needs a list of values to join");
        }
        List<Value> pieces = new ArrayList<>();
        for (Value item : list.items()) {
            if (!pieces.isEmpty()) {
                pieces.add(new Value.Text(delimiter));
            }
            pieces.add(Values.asText(item, at, "Fn::Join"));
        }
        return Values.concat(pieces, at, "Fn::Join");
    }

    /** {@code Fn::Split [delimiter, text]}. */
    Value split(TemplateNode arg, SourcePosition at) {
        if (!(arg instanceof ListNode l) || l.items().size() != 2) {
            throw new TemplateFormatException(arg.position(), "Fn::Split needs [delimiter, text]");
        }
        String delimiter = Values.scalarText(resolver.resolve(l.items().get(0)));
        if (delimiter == null || delimiter.isEmpty()) {
            throw new TemplateFormatException(l.items().get(0).position(), "Fn::Split needs a non-empty delimiter");
        }
        Value source = Values.asText(resolver.resolve(l.items().get(1)), at, "Fn::Split");
        if (source instanceof Value.Unknown u) {
            Value.ListValue references = Values.split(u, delimiter);
            return references != null ? references : new Value.Unknown(u.reason(), u.at());
        }
        List<Value> parts = new ArrayList<>();
        for (String p : ((Value.Text) source).value().split(Pattern.quote(delimiter), -1)) {
            parts.add(new Value.Text(p));
        }
        return new Value.ListValue(parts);
    }

    /** {@code Fn::Base64 text}. */
    Value base64(TemplateNode arg, SourcePosition at) {
        Value v = Values.asText(resolver.resolve(arg), at, "Fn::Base64");
        if (v instanceof Value.Text t) {
            return new Value.Text(Base64.getEncoder().encodeToString(t.value().getBytes(StandardCharsets.UTF_8)));
        }
        Value.Unknown u = (Value.Unknown) v;
        return new Value.Unknown(u.reason(), u.at());
    }
}
