package dev.rampart.template;

import dev.rampart.template.resolve.TemplateFormatException;
import dev.rampart.template.tree.BooleanNode;
import dev.rampart.template.tree.ListNode;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.NumberNode;
import dev.rampart.template.tree.ParseLimits;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import dev.rampart.template.tree.TemplateParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads template parameter values from a JSON or YAML file: a map ({@code {"Env": "prod"}}), the same
 * under a {@code Parameters} key, or the CloudFormation CLI's list
 * ({@code [{"ParameterKey": "Env", "ParameterValue": "prod"}]}). List values are joined with commas, the
 * way CloudFormation passes list parameters.
 */
public final class ParameterFile {
    private ParameterFile() {}

    public static Map<String, String> read(Path path, ParseLimits limits) {
        String name = DisplayPaths.of(path);
        TemplateNode root = TemplateParser.parse(path, name, limits);
        Map<String, String> values = new LinkedHashMap<>();
        if (root instanceof MapNode m && m.size() == 1 && m.get("Parameters") instanceof MapNode inner) {
            root = inner;
        }
        switch (root) {
            case MapNode m -> m.entries().forEach(e -> values.put(e.key(), text(e.value(), e.key())));
            case ListNode l -> {
                for (TemplateNode item : l.items()) {
                    if (!(item instanceof MapNode p) || !(p.get("ParameterKey") instanceof StringNode key)
                            || p.get("ParameterValue") == null) {
                        throw new TemplateFormatException(item.position(),
                                "expected {\"ParameterKey\": …, \"ParameterValue\": …}");
                    }
                    values.put(key.value(), text(p.get("ParameterValue"), key.value()));
                }
            }
            default -> throw new TemplateFormatException(root.position(), "a parameter file holds a map of"
                    + " parameter values or a list of {ParameterKey, ParameterValue}");
        }
        return values;
    }

    private static String text(TemplateNode v, String key) {
        return switch (v) {
            case StringNode s -> s.value();
            case NumberNode n -> n.text();
            case BooleanNode b -> Boolean.toString(b.value());
            case ListNode l -> {
                List<String> parts = new ArrayList<>();
                l.items().forEach(i -> parts.add(text(i, key)));
                yield String.join(",", parts);
            }
            default -> throw new TemplateFormatException(v.position(), "the value of parameter " + key
                    + " must be a string, a number, a boolean or a list of them");
        };
    }
}
