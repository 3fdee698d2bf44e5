package dev.rampart.template.resolve;

import dev.rampart.template.TemplateException;
import dev.rampart.template.tree.SourcePosition;
import dev.rampart.template.tree.TemplateNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All stacks read in one run. Evaluations share one {@link EvaluationGuard}, and
 * {@code Fn::ImportValue} finds the exports of any stack in the set (e.g. the stacks of one cdk.out).
 */
public final class StackSet {
    private final EvaluationGuard guard;
    private final List<StackScope> scopes = new ArrayList<>();
    private final Map<String, StackScope> byName = new HashMap<>();
    private Map<String, Map.Entry<StackScope, String>> exports;

    public StackSet(EvaluationGuard guard) {
        this.guard = guard;
    }

    /** The guard shared by every evaluation of this set. */
    public EvaluationGuard guard() {
        return guard;
    }

    /** Adds a stack; stack names must be unique because they prefix resource ids. */
    public StackScope add(StackDefinition definition, ParameterInput input) {
        StackScope existing = byName.get(definition.name());
        if (existing != null) {
            throw new TemplateException("two stacks are named " + definition.name() + " (from "
                    + existing.definition().file() + " and " + definition.file() + "); resource ids would collide."
                    + " Read them in separate runs, or rename one file");
        }
        StackScope scope = new StackScope(definition, this, input);
        scopes.add(scope);
        byName.put(definition.name(), scope);
        exports = null;
        return scope;
    }

    /** Registers {@code child} as the nested stack created by {@code logicalId} in {@code parent}. */
    public void link(StackScope parent, String logicalId, StackScope child) {
        parent.addNested(logicalId, child);
    }

    /** Every stack, in the order added (parents before their nested stacks). */
    public List<StackScope> scopes() {
        return List.copyOf(scopes);
    }

    /** {@code Fn::ImportValue name}: the exporting stack's output when it was read in this run. */
    Value importValue(Value name, SourcePosition at) {
        String exportName = Values.scalarText(name);
        if (exportName == null) {
            String why = name instanceof Value.Unknown u ? ": " + u.reason() : "";
            return new Value.Unknown("the export name of Fn::ImportValue could not be resolved" + why, at);
        }
        Map.Entry<StackScope, String> export = exports(at).get(exportName);
        if (export == null) {
            return new Value.Unknown("Fn::ImportValue \"" + exportName + "\" is defined outside the templates read",
                    at);
        }
        Value v = export.getKey().output(export.getValue(), at);
        if (v instanceof Value.Unknown u) {
            return new Value.Unknown("Fn::ImportValue \"" + exportName + "\": " + u.reason(), u.at(), u.parts());
        }
        return v;
    }

    /** {@code Fn::GetStackOutput}: an output of another stack read in this run (CDK's weak cross-stack references). */
    Value stackOutput(String stackName, String outputName, SourcePosition at) {
        StackScope scope = byName.get(stackName);
        if (scope == null) {
            return new Value.Unknown("Fn::GetStackOutput reads stack " + stackName + ", which is not among the"
                    + " templates read", at);
        }
        return scope.output(outputName, at);
    }

    // Export names may themselves be expressions (Fn::Sub "${AWS::StackName}-VpcId"): resolved once, on first use.
    private Map<String, Map.Entry<StackScope, String>> exports(SourcePosition at) {
        if (exports == null) {
            guard.enter("the exports of all stacks", at);
            try {
                Map<String, Map.Entry<StackScope, String>> index = new HashMap<>();
                for (StackScope scope : scopes) {
                    for (Map.Entry<TemplateNode, String> declared : scope.exportDeclarations()) {
                        String exportName = Values.scalarText(scope.resolve(declared.getKey()));
                        if (exportName != null) {
                            index.putIfAbsent(exportName, Map.entry(scope, declared.getValue()));
                        }
                    }
                }
                exports = index;
            } finally {
                guard.exit("the exports of all stacks");
            }
        }
        return exports;
    }
}
