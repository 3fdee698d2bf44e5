package dev.rampart.template.cdk;

import dev.rampart.template.DisplayPaths;
import dev.rampart.template.TemplateException;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.ParseLimits;
import dev.rampart.template.tree.StringNode;
import dev.rampart.template.tree.TemplateNode;
import dev.rampart.template.tree.TemplateParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CDK cloud assembly ({@code cdk.out}) through its {@code manifest.json}: stack artifacts
 * ({@code aws:cloudformation:stack}) with their template files and environments, and nested assemblies
 * ({@code cdk:cloud-assembly}, i.e. stages) recursively.
 */
public final class CloudAssemblyReader {
    private CloudAssemblyReader() {}

    private static final Pattern ENVIRONMENT = Pattern.compile("aws://([^/]*)/(.*)");
    private static final int MAX_ASSEMBLY_DEPTH = 20;

    /** Whether {@code dir} is a cloud assembly. */
    public static boolean isAssembly(Path dir) {
        return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve("manifest.json"));
    }

    /** The stacks of the assembly in {@code dir} (shown as {@code display}) and of its nested assemblies. */
    public static List<CdkStack> read(Path dir, String display, ParseLimits limits) {
        List<CdkStack> stacks = new ArrayList<>();
        read(dir, display, limits, stacks, 0);
        return stacks;
    }

    private static void read(Path dir, String display, ParseLimits limits, List<CdkStack> out, int depth) {
        if (depth > MAX_ASSEMBLY_DEPTH) {
            throw new TemplateException(display + ": cloud assemblies nest more than " + MAX_ASSEMBLY_DEPTH + " deep");
        }
        String manifestName = DisplayPaths.join(display, "manifest.json");
        Path manifestPath = dir.resolve("manifest.json");
        if (!Files.isRegularFile(manifestPath)) {
            throw new TemplateException(display + " is not a CDK cloud assembly (it has no manifest.json)");
        }
        TemplateNode manifest = TemplateParser.parse(manifestPath, manifestName, limits);
        if (!(manifest instanceof MapNode m) || !(m.get("artifacts") instanceof MapNode artifacts)) {
            throw new TemplateException(manifestName + " has no \"artifacts\"; is this a cdk.out directory?");
        }
        for (MapNode.Entry e : artifacts.entries()) {
            if (!(e.value() instanceof MapNode artifact)) {
                continue;
            }
            String type = text(artifact.get("type"));
            MapNode properties = artifact.get("properties") instanceof MapNode p ? p : null;
            if ("aws:cloudformation:stack".equals(type)) {
                String templateFile = properties == null ? null : text(properties.get("templateFile"));
                if (templateFile == null) {
                    throw new TemplateException(manifestName + ": stack artifact " + e.key() + " names no templateFile");
                }
                String stackName = properties.get("stackName") != null ? text(properties.get("stackName")) : e.key();
                String[] env = environment(text(artifact.get("environment")));
                String displayName = text(artifact.get("displayName"));
                out.add(new CdkStack(e.key(), stackName, dir.resolve(templateFile), DisplayPaths.join(display, templateFile),
                        env[0], env[1], displayName != null ? displayName : e.key(), tags(properties.get("tags"))));
            } else if ("cdk:cloud-assembly".equals(type)) {
                String directory = properties == null ? null : text(properties.get("directoryName"));
                if (directory == null) {
                    throw new TemplateException(manifestName + ": nested assembly " + e.key() + " names no directoryName");
                }
                read(dir.resolve(directory), DisplayPaths.join(display, directory), limits, out, depth + 1);
            }
        }
    }

    // aws://123456789012/eu-west-1; CDK writes unknown-account / unknown-region for agnostic stacks.
    private static String[] environment(String env) {
        if (env == null) {
            return new String[] {null, null};
        }
        Matcher m = ENVIRONMENT.matcher(env);
        if (!m.matches()) {
            return new String[] {null, null};
        }
        String account = m.group(1).equals("unknown-account") || m.group(1).isEmpty() ? null : m.group(1);
        String region = m.group(2).equals("unknown-region") || m.group(2).isEmpty() ? null : m.group(2);
        return new String[] {account, region};
    }

    private static Map<String, String> tags(TemplateNode n) {
        Map<String, String> tags = new LinkedHashMap<>();
        if (n instanceof MapNode m) {
            for (MapNode.Entry e : m.entries()) {
                String v = text(e.value());
                if (v != null) {
                    tags.put(e.key(), v);
                }
            }
        }
        return tags;
    }

    private static String text(TemplateNode n) {
        return n instanceof StringNode s ? s.value() : null;
    }
}
