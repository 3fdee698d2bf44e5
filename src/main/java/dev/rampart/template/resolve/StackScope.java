package dev.rampart.template.resolve;

import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.SourcePosition;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One stack's evaluation: its sections, and memo tables so that each parameter, condition, resource's
 * properties and output is evaluated at most once however often it is referenced. That keeps evaluation
 * linear in the size of the template.
 */
public final class StackScope {
    private final StackDefinition definition;
    private final StackSet set;
    private final ParameterInput input;
    private final MapNode parameters;
    private final MapNode mappings;
    private final MapNode conditions;
    private final MapNode outputs;
    private final Map<String, ResourceDefinition> resources = new LinkedHashMap<>();
    private final List<UnexpandedTransform> macros;
    private final List<UnexpandedTransform> transformsUnderResources = new ArrayList<>();
    private final Map<String, UnexpandedTransform> resourcesWrittenByTransforms = new LinkedHashMap<>();
    private final Map<String, StackScope> nested = new HashMap<>();

    private final Map<String, Value> parameterMemo = new HashMap<>();
    private final Map<String, Truth> conditionMemo = new HashMap<>();
    private final Map<String, Value> propertiesMemo = new HashMap<>();
    private final Map<String, Value> outputMemo = new HashMap<>();

    private final IntrinsicResolver resolver;
    private final ConditionEvaluator conditionEvaluator;

    StackScope(StackDefinition definition, StackSet set, ParameterInput input) {
        this.definition = definition;
        this.set = set;
        this.input = input;
        MapNode t = definition.template();
        this.macros = Transforms.macros(t);
        // What a macro is given need not be CloudFormation at all, and what it returns is unknown: nothing
        // of such a template is read (like a nested stack whose template is not available).
        boolean readable = macros.isEmpty();
        this.parameters = readable ? section(t, "Parameters") : null;
        this.mappings = readable ? section(t, "Mappings") : null;
        this.conditions = readable ? section(t, "Conditions") : null;
        this.outputs = readable ? section(t, "Outputs") : null;
        MapNode res = readable ? section(t, "Resources") : null;
        if (res != null) {
            for (MapNode.Entry e : res.entries()) {
                if (Transforms.isTransform(e.key())) {
                    transformsUnderResources.add(Transforms.of(e));
                } else if (isWrittenByTransform(e)) {
                    resourcesWrittenByTransforms.put(e.key(), Transforms.within(e.value()).get(0));
                } else {
                    resources.put(e.key(), ResourceDefinition.of(e));
                }
            }
        }
        this.resolver = new IntrinsicResolver(this);
        this.conditionEvaluator = new ConditionEvaluator(this);
    }

    private static MapNode section(MapNode template, String name) {
        TemplateNode n = template.get(name);
        if (n == null) {
            return null;
        }
        if (!(n instanceof MapNode m)) {
            throw new TemplateFormatException(n.position(), "the " + name + " section must be a mapping");
        }
        return m;
    }

    // {Include: {Fn::Transform: {Name: AWS::Include, …}}}: the included snippet gives the resource its Type.
    private static boolean isWrittenByTransform(MapNode.Entry e) {
        return e.value() instanceof MapNode body && body.get("Type") == null && !Transforms.within(body).isEmpty();
    }

    public StackDefinition definition() {
        return definition;
    }

    public StackSet set() {
        return set;
    }

    /**
     * The template-level macros ({@code Transform}) Rampart cannot run; when there are any, nothing of the
     * template is read: it has no resources, and its outputs are unknown.
     */
    public List<UnexpandedTransform> macros() {
        return macros;
    }

    /** What stands under {@code Resources} in place of resources: {@code Fn::ForEach} loops, {@code Fn::Transform}. */
    public List<UnexpandedTransform> transformsUnderResources() {
        return List.copyOf(transformsUnderResources);
    }

    /** Resources without a Type whose body an {@code Fn::Transform} writes, by logical id; not in {@link #resources}. */
    public Map<String, UnexpandedTransform> resourcesWrittenByTransforms() {
        return Collections.unmodifiableMap(resourcesWrittenByTransforms);
    }

    /** The resources the template declares, in template order (whatever their conditions). */
    public List<ResourceDefinition> resources() {
        return List.copyOf(resources.values());
    }

    public ResourceDefinition resource(String logicalId) {
        return resources.get(logicalId);
    }

    /** The snapshot id of a resource of this stack. */
    public String id(String logicalId) {
        return definition.name() + "/" + logicalId;
    }

    /** The nested stacks this stack creates, by the logical id of their {@code AWS::CloudFormation::Stack}. */
    public Map<String, StackScope> nested() {
        return Collections.unmodifiableMap(nested);
    }

    void addNested(String logicalId, StackScope child) {
        nested.put(logicalId, child);
    }

    MapNode mappings() {
        return mappings;
    }

    /** Resolves any expression of this template. */
    public Value resolve(TemplateNode node) {
        return resolver.resolve(node);
    }

    /** Whether a resource is created: its condition, or true when it has none. */
    public Truth included(ResourceDefinition r) {
        return r.condition() == null ? Truth.TRUE : condition(r.condition(), r.position());
    }

    /** The resolved {@code Properties} of a resource: a map, or unknown when the whole map is. */
    public Value properties(String logicalId) {
        ResourceDefinition r = resources.get(logicalId);
        return memo(propertiesMemo, logicalId, "resource " + logicalId, r.position(), () -> {
            TemplateNode p = r.body().get("Properties");
            if (p == null) {
                return new Value.MapValue(Map.of());
            }
            Value v = resolve(p);
            if (v instanceof Value.MapValue || v instanceof Value.Unknown) {
                return v;
            }
            if (v instanceof Value.NoValue || v instanceof Value.Null) {
                return new Value.MapValue(Map.of());
            }
            throw new TemplateFormatException(p.position(), "the Properties of " + logicalId + " must be a mapping");
        });
    }

    /** {@code Ref name}: a pseudo parameter, a parameter, or a resource. */
    Value ref(String name, SourcePosition at) {
        if (name.startsWith("AWS::")) {
            return PseudoParameters.value(name, definition, at);
        }
        if (parameters != null && parameters.get(name) != null) {
            Value v = NoEchoMask.isNoEcho(parameters.entry(name)) ? NoEchoMask.mask(name, parameter(name))
                    : parameter(name);
            // An unknown parameter is reported where it is used, which is what a reader wants to fix.
            return v instanceof Value.Unknown u ? new Value.Unknown(u.reason(), at, u.parts()) : v;
        }
        ResourceDefinition r = resources.get(name);
        if (r != null) {
            Truth created = included(r);
            if (created.isFalse()) {
                return new Value.Unknown("resource " + name + " is not created (its condition " + r.condition()
                        + " is false)", at);
            }
            return new Value.ResourceRef(id(name), r.type(), name);
        }
        return new Value.Unknown("Ref to \"" + name + "\", which is neither a parameter nor a resource of stack "
                + definition.name(), at);
    }

    /**
     * The real value of a {@code NoEcho} parameter, for Fn::Equals only (whose result is a truth value), or null
     * when {@code name} is no such parameter. Everywhere else {@link #ref} gives the masked value.
     */
    Value noEchoValueToCompare(String name, SourcePosition at) {
        if (parameters == null || parameters.get(name) == null || !NoEchoMask.isNoEcho(parameters.entry(name))) {
            return null;
        }
        Value v = parameter(name);
        return v instanceof Value.Unknown u ? new Value.Unknown(u.reason(), at) : v;
    }

    private Value parameter(String name) {
        MapNode.Entry declaration = parameters.entry(name);
        return memo(parameterMemo, name, "parameter " + name, declaration.keyPosition(),
                () -> ParameterValues.value(this, declaration, input.provided(name)));
    }

    /** {@code Fn::GetAtt logicalId.attribute}. */
    Value getAtt(String logicalId, String attribute, SourcePosition at) {
        ResourceDefinition r = resources.get(logicalId);
        if (r == null) {
            return new Value.Unknown("Fn::GetAtt names \"" + logicalId + "\", which is not a resource of stack "
                    + definition.name(), at);
        }
        if (included(r).isFalse()) {
            return new Value.Unknown("resource " + logicalId + " is not created (its condition " + r.condition()
                    + " is false)", at);
        }
        return AttributeResolver.resolve(this, r, attribute, at);
    }

    /** A named condition of this template. */
    public Truth condition(String name, SourcePosition at) {
        TemplateNode node = conditions == null ? null : conditions.get(name);
        if (node == null) {
            throw new TemplateFormatException(at, "condition \"" + name + "\" is not defined in the Conditions section");
        }
        return memo(conditionMemo, name, "condition " + name, at, () -> conditionEvaluator.evaluate(node));
    }

    Truth evaluateCondition(TemplateNode node) {
        return conditionEvaluator.evaluate(node);
    }

    /** An output's value; unknown when the output does not exist or is not created. */
    public Value output(String name, SourcePosition at) {
        if (!macros.isEmpty()) {
            return new Value.Unknown("stack " + definition.name() + " is processed by " + macros.get(0).what()
                    + ", which Rampart cannot run", at);
        }
        TemplateNode node = outputs == null ? null : outputs.get(name);
        if (!(node instanceof MapNode output)) {
            return new Value.Unknown("stack " + definition.name() + " has no output " + name, at);
        }
        return memo(outputMemo, name, "output " + name, output.position(), () -> {
            if (output.get("Condition") instanceof StringNode c && condition(c.value(), c.position()).isFalse()) {
                return new Value.Unknown("output " + name + " of stack " + definition.name()
                        + " is not created (its condition is false)", at);
            }
            TemplateNode value = output.get("Value");
            if (value == null) {
                throw new TemplateFormatException(output.position(), "output " + name + " has no Value");
            }
            return resolve(value);
        });
    }

    /** The exports this stack declares: (name expression, output name), in template order. */
    List<Map.Entry<TemplateNode, String>> exportDeclarations() {
        List<Map.Entry<TemplateNode, String>> out = new ArrayList<>();
        if (outputs != null) {
            for (MapNode.Entry e : outputs.entries()) {
                if (e.value() instanceof MapNode o && o.get("Export") instanceof MapNode export
                        && export.get("Name") != null) {
                    out.add(Map.entry(export.get("Name"), e.key()));
                }
            }
        }
        return out;
    }

    private <T> T memo(Map<String, T> table, String name, String what, SourcePosition at, Supplier<T> compute) {
        T known = table.get(name);
        if (known != null) {
            return known;
        }
        String key = what + " in stack " + definition.name();
        set.guard().enter(key, at);
        try {
            T v = compute.get();
            table.put(name, v);
            return v;
        } finally {
            set.guard().exit(key);
        }
    }
}
