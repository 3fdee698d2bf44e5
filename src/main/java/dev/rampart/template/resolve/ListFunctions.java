package dev.rampart.template.resolve;

import dev.rampart.template.tree.ListNode;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.SourcePosition;
import dev.rampart.template.tree.TemplateNode;
import java.util.ArrayList;
import java.util.List;

/** The list and lookup intrinsic functions: Fn::Select, Fn::FindInMap, Fn::GetAZs and Fn::Cidr. */
final class ListFunctions {
    private final StackScope scope;
    private final IntrinsicResolver resolver;

    ListFunctions(StackScope scope, IntrinsicResolver resolver) {
        this.scope = scope;
        this.resolver = resolver;
    }

    /** {@code Fn::Select [index, list]}. */
    Value select(TemplateNode arg, SourcePosition at) {
        List<TemplateNode> args = arguments(arg, 2, 2, "Fn::Select needs [index, list]");
        Value indexValue = resolver.resolve(args.get(0));
        if (indexValue instanceof Value.Unknown u) {
            return u;
        }
        Integer index = integer(Values.scalarText(indexValue));
        if (index == null || index < 0) {
            throw new TemplateFormatException(args.get(0).position(), "Fn::Select needs a non-negative index");
        }
        Value list = resolver.resolve(args.get(1));
        if (list instanceof Value.Unknown u) {
            return new Value.Unknown(u.reason(), u.at());
        }
        if (!(list instanceof Value.ListValue l)) {
            throw new TemplateFormatException(args.get(1).position(), "Fn::Select needs a list to select from");
        }
        if (index >= l.items().size()) {
            return new Value.Unknown("Fn::Select index " + index + " is out of range (the list has "
                    + l.items().size() + " items)", at);
        }
        return l.items().get(index);
    }

    /** {@code Fn::FindInMap [MapName, TopLevelKey, SecondLevelKey]}, with an optional {@code {DefaultValue: v}}. */
    Value findInMap(TemplateNode arg, SourcePosition at) {
        List<TemplateNode> args = arguments(arg, 3, 4, "Fn::FindInMap needs [MapName, TopLevelKey, SecondLevelKey]");
        String[] keys = new String[3];
        for (int i = 0; i < 3; i++) {
            Value k = resolver.resolve(args.get(i));
            keys[i] = Values.scalarText(k);
            if (keys[i] == null) {
                return k instanceof Value.Unknown u
                        ? new Value.Unknown(u.reason(), u.at())
                        : new Value.Unknown("a key of Fn::FindInMap is not a string", at);
            }
        }
        MapNode mappings = scope.mappings();
        TemplateNode found = null;
        if (mappings != null && mappings.get(keys[0]) instanceof MapNode map && map.get(keys[1]) instanceof MapNode top) {
            found = top.get(keys[2]);
        }
        if (found != null) {
            return resolver.resolve(found);
        }
        if (args.size() == 4 && args.get(3) instanceof MapNode options && options.get("DefaultValue") != null) {
            return resolver.resolve(options.get("DefaultValue"));
        }
        if (mappings == null || mappings.get(keys[0]) == null) {
            throw new TemplateFormatException(at, "Fn::FindInMap names mapping \"" + keys[0] + "\", which is not defined");
        }
        return new Value.Unknown("mapping " + keys[0] + " has no entry " + keys[1] + "/" + keys[2], at);
    }

    /** {@code Fn::GetAZs region}; an empty region means the stack's own. */
    Value getAZs(TemplateNode arg, SourcePosition at) {
        Value r = resolver.resolve(arg);
        String region = Values.scalarText(r);
        if (region == null) {
            return r instanceof Value.Unknown u ? new Value.Unknown("Fn::GetAZs: " + u.reason(), at)
                    : new Value.Unknown("Fn::GetAZs needs a region name", at);
        }
        if (region.isEmpty()) {
            region = scope.definition().region();
            if (region == null) {
                return new Value.Unknown("Fn::GetAZs needs the region (give it with --region, or use a CDK"
                        + " environment)", at);
            }
        }
        List<String> zones = AvailabilityZones.of(region);
        if (zones == null) {
            return new Value.Unknown("Rampart does not know the Availability Zones of region " + region, at);
        }
        return new Value.ListValue(zones.stream().<Value>map(Value.Text::new).toList());
    }

    /** {@code Fn::Cidr [ipBlock, count, cidrBits]}. */
    Value cidr(TemplateNode arg, SourcePosition at) {
        List<TemplateNode> args = arguments(arg, 3, 3, "Fn::Cidr needs [ipBlock, count, cidrBits]");
        String[] texts = new String[3];
        for (int i = 0; i < 3; i++) {
            Value v = resolver.resolve(args.get(i));
            texts[i] = Values.scalarText(v);
            if (texts[i] == null) {
                return v instanceof Value.Unknown u ? new Value.Unknown(u.reason(), u.at())
                        : new Value.Unknown("an argument of Fn::Cidr is not a string or number", at);
            }
        }
        Integer count = integer(texts[1]);
        Integer bits = integer(texts[2]);
        if (count == null || bits == null) {
            throw new TemplateFormatException(at, "Fn::Cidr needs whole numbers for count and cidrBits");
        }
        try {
            List<Value> blocks = new ArrayList<>();
            for (String block : Cidrs.subnets(texts[0], count, bits)) {
                blocks.add(new Value.Text(block));
            }
            return new Value.ListValue(blocks);
        } catch (IllegalArgumentException e) {
            throw new TemplateFormatException(at, "Fn::Cidr: " + e.getMessage());
        }
    }

    private static List<TemplateNode> arguments(TemplateNode arg, int min, int max, String usage) {
        if (!(arg instanceof ListNode l) || l.items().size() < min || l.items().size() > max) {
            throw new TemplateFormatException(arg.position(), usage);
        }
        return l.items();
    }

    private static Integer integer(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
