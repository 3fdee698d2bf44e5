package dev.rampart.template;

import dev.rampart.template.cdk.CdkStack;
import dev.rampart.template.cdk.CloudAssemblyReader;
import dev.rampart.template.resolve.ParameterInput;
import dev.rampart.template.resolve.ResourceDefinition;
import dev.rampart.template.resolve.StackDefinition;
import dev.rampart.template.resolve.StackScope;
import dev.rampart.template.resolve.StackSet;
import dev.rampart.template.resolve.Value;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import dev.rampart.template.tree.TemplateParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts the stacks of the inputs into one {@link StackSet}: plain templates, the stack artifacts of cloud
 * assemblies, and the nested stacks they create whose templates are on disk (CDK's
 * {@code aws:asset:path}, or a relative {@code TemplateURL}).
 */
final class StackLoader {
    private static final String NESTED_STACK = "AWS::CloudFormation::Stack";
    private static final int MAX_NESTING = 10;

    private final StackSet set;
    private final TemplateOptions options;
    private final Set<String> files = new LinkedHashSet<>();

    StackLoader(StackSet set, TemplateOptions options) {
        this.set = set;
        this.options = options;
    }

    /** Template files read so far, as shown in locations. */
    List<String> files() {
        return new ArrayList<>(files);
    }

    /** A plain template, its stack named {@code name}; region and account come from the options. */
    void addTemplate(Path path, String display, MapNode template, String name) {
        add(new StackDefinition(name, display, path, template, options.account(), options.region(), false, null,
                Map.of()), topLevelParameters());
    }

    /** Every stack of a cloud assembly (and of its stages). */
    void addAssembly(Path dir, String display) {
        for (CdkStack stack : CloudAssemblyReader.read(dir, display, options.limits())) {
            MapNode template = parseTemplate(stack.template(), stack.templateDisplay());
            String account = stack.account() != null ? stack.account() : options.account();
            String region = stack.region() != null ? stack.region() : options.region();
            add(new StackDefinition(stack.stackName(), stack.templateDisplay(), stack.template(), template, account,
                    region, true, stack.constructPath(), stack.tags()), topLevelParameters());
        }
    }

    private void add(StackDefinition definition, ParameterInput parameters) {
        files.add(definition.file());
        StackScope scope = set.add(definition, parameters);
        expandNested(scope, 1);
    }

    private ParameterInput topLevelParameters() {
        return name -> {
            String v = options.parameters().get(name);
            return v == null ? null : new Value.Text(v);
        };
    }

    private void expandNested(StackScope parent, int depth) {
        for (ResourceDefinition r : parent.resources()) {
            if (!r.type().equals(NESTED_STACK) || parent.included(r).isFalse()) {
                continue;
            }
            String relative = nestedTemplatePath(r);
            if (relative == null) {
                continue;
            }
            Path parentDir = parent.definition().path().toAbsolutePath().getParent();
            Path file = parentDir.resolve(relative);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            if (depth > MAX_NESTING) {
                throw new TemplateException(parent.definition().file() + ": nested stacks nest deeper than "
                        + MAX_NESTING + " levels (does a template nest itself?)");
            }
            String display = DisplayPaths.join(DisplayPaths.parent(parent.definition().file()), relative);
            MapNode template = parseTemplate(file, display);
            StackDefinition definition = new StackDefinition(parent.definition().name() + "/" + r.logicalId(),
                    display, file, template, parent.definition().account(), parent.definition().region(), false,
                    nestedConstructPath(r.constructPath()), parent.definition().tags());
            files.add(display);
            StackScope child = set.add(definition, parametersFromParent(parent, r.logicalId()));
            set.link(parent, r.logicalId(), child);
            expandNested(child, depth + 1);
        }
    }

    // CDK records the nested template in Metadata."aws:asset:path"; hand-written templates may use a local
    // relative TemplateURL (as before `aws cloudformation package`).
    private static String nestedTemplatePath(ResourceDefinition r) {
        String asset = r.metadata("aws:asset:path");
        if (asset != null) {
            return asset;
        }
        TemplateNode url = r.property("TemplateURL");
        if (url instanceof StringNode s && !s.value().contains("://") && !s.value().isBlank()) {
            return s.value();
        }
        return null;
    }

    // The nested stack's parameters are the Parameters property of its AWS::CloudFormation::Stack resource.
    private static ParameterInput parametersFromParent(StackScope parent, String logicalId) {
        return name -> {
            Value props = parent.properties(logicalId);
            if (props instanceof Value.Unknown u) {
                return u;
            }
            Value params = ((Value.MapValue) props).get("Parameters");
            if (params instanceof Value.Unknown u) {
                return u;
            }
            return params instanceof Value.MapValue m ? m.get(name) : null;
        };
    }

    // CDK's nested stack resource sits at <parent>/<Id>.NestedStack/<Id>.NestedStackResource; the nested
    // stack itself is <parent>/<Id>.
    static String nestedConstructPath(String resourcePath) {
        if (resourcePath == null) {
            return null;
        }
        String[] parts = resourcePath.split("/");
        int n = parts.length;
        if (n >= 3 && parts[n - 1].endsWith(".NestedStackResource") && parts[n - 2].endsWith(".NestedStack")) {
            String id = parts[n - 2].substring(0, parts[n - 2].length() - ".NestedStack".length());
            return String.join("/", java.util.Arrays.copyOf(parts, n - 2)) + "/" + id;
        }
        return resourcePath;
    }

    private MapNode parseTemplate(Path file, String display) {
        TemplateNode root = TemplateParser.parse(file, display, options.limits());
        if (!(root instanceof MapNode m) || m.get("Resources") == null) {
            throw new NotATemplateException(display);
        }
        return m;
    }
}
