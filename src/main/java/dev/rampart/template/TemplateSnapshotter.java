package dev.rampart.template;

import dev.rampart.RampartVersion;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotMerger;
import dev.rampart.snapshot.SnapshotReader;
import dev.rampart.snapshot.Source;
import dev.rampart.snapshot.StackInfo;
import dev.rampart.template.cdk.CloudAssemblyReader;
import dev.rampart.template.map.SnapshotAssembler;
import dev.rampart.template.resolve.EvaluationGuard;
import dev.rampart.template.resolve.StackDefinition;
import dev.rampart.template.resolve.StackScope;
import dev.rampart.template.resolve.StackSet;
import dev.rampart.template.tree.MapNode;
import dev.rampart.template.tree.TemplateLimitException;
import dev.rampart.template.tree.TemplateNode;
import dev.rampart.template.tree.TemplateParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The template adapter's entry point: CloudFormation templates (JSON or YAML), CDK {@code cdk.out}
 * directories and earlier snapshot files in, one snapshot document out. All templates and assemblies of
 * one call are evaluated together, so {@code Fn::ImportValue} finds exports across them.
 */
public final class TemplateSnapshotter {
    private TemplateSnapshotter() {}

    /**
     * Reads every input into one snapshot.
     *
     * @param inputs template files ({@code .json}, {@code .yaml}, {@code .yml}, {@code .template}), cdk.out
     *     directories, or snapshot files (recognised by their {@code schema_version})
     * @throws TemplateException (or another RampartException) naming the file, line and column of bad input
     */
    public static Snapshot read(List<Path> inputs, TemplateOptions options) {
        if (inputs.isEmpty()) {
            throw new TemplateException("nothing to read: give template files, cdk.out directories or snapshots");
        }
        return EvaluationThread.call(() -> readNow(inputs, options));
    }

    private static Snapshot readNow(List<Path> inputs, TemplateOptions options) throws IOException {
        StackSet set = new StackSet(new EvaluationGuard(EvaluationGuard.DEFAULT_MAX_DEPTH));
        StackLoader loader = new StackLoader(set, options);
        List<Snapshot> snapshots = new ArrayList<>();
        Map<Path, String> stackNames = StackNames.of(inputs);
        for (Path input : inputs) {
            String display = DisplayPaths.of(input);
            if (!Files.exists(input)) {
                throw new TemplateException(display + ": no such file or directory");
            }
            if (Files.isDirectory(input)) {
                if (!CloudAssemblyReader.isAssembly(input)) {
                    throw new TemplateException(display + " is a directory without manifest.json, not a CDK cdk.out");
                }
                loader.addAssembly(input, display);
                continue;
            }
            if (input.getFileName().toString().equals("manifest.json") && CloudAssemblyReader.isAssembly(
                    input.toAbsolutePath().getParent())) {
                Path dir = Objects.requireNonNullElse(input.getParent(), Path.of("."));
                loader.addAssembly(dir, DisplayPaths.parent(display).isEmpty() ? "." : DisplayPaths.parent(display));
                continue;
            }
            TemplateNode root = TemplateParser.parse(input, display, options.limits());
            if (root instanceof MapNode m && m.get("schema_version") != null) {
                snapshots.add(readSnapshot(input, display, options));
            } else if (root instanceof MapNode m && m.get("Resources") != null) {
                loader.addTemplate(input, display, m, stackNames.get(input));
            } else {
                throw new NotATemplateException(display);
            }
        }
        checkNamedParameters(set, options);
        if (set.scopes().isEmpty()) {
            return snapshots.size() == 1
                    ? snapshots.get(0)
                    : SnapshotMerger.merge(snapshots, RampartVersion.current(), options.clock().instant());
        }
        SnapshotAssembler.Result result = SnapshotAssembler.assemble(set);
        Snapshot fromTemplates = Snapshot.of(source(set, loader.files(), result, options.clock().instant()),
                result.resources(), result.gaps(), result.suppressions());
        if (snapshots.isEmpty()) {
            return fromTemplates;
        }
        List<Snapshot> all = new ArrayList<>(snapshots);
        all.add(0, fromTemplates);
        return SnapshotMerger.merge(all, RampartVersion.current(), options.clock().instant());
    }

    /** Refuses a {@code --param} that no template read declares: most likely a misspelt name. */
    private static void checkNamedParameters(StackSet set, TemplateOptions options) {
        if (options.declaredSomewhere().isEmpty()) {
            return;
        }
        TreeSet<String> declared = new TreeSet<>();
        for (StackScope scope : set.scopes()) {
            if (scope.definition().template().get("Parameters") instanceof MapNode params) {
                params.entries().forEach(e -> declared.add(e.key()));
            }
        }
        for (String name : new TreeSet<>(options.declaredSomewhere())) {
            if (!declared.contains(name)) {
                throw new TemplateException("--param " + name + ": no template read declares a parameter " + name
                        + (declared.isEmpty() ? " (they declare none)" : " (declared: " + String.join(", ", declared) + ")"));
            }
        }
    }

    private static Snapshot readSnapshot(Path input, String display, TemplateOptions options) throws IOException {
        if (Files.size(input) > options.limits().maxFileBytes()) {
            throw new TemplateLimitException(display + " is over the file size limit");
        }
        return SnapshotReader.read(input, display);
    }

    private static Source source(StackSet set, List<String> files, SnapshotAssembler.Result result, Instant now) {
        TreeSet<String> accounts = new TreeSet<>();
        TreeSet<String> regions = new TreeSet<>();
        List<StackInfo> stacks = new ArrayList<>();
        for (StackScope scope : set.scopes()) {
            StackDefinition d = scope.definition();
            if (d.account() != null) {
                accounts.add(d.account());
            }
            if (d.region() != null) {
                regions.add(d.region());
            }
            stacks.add(new StackInfo(d.name(), d.file(), d.account(), d.region(), d.constructPath()));
        }
        return new Source(Source.Kind.TEMPLATE, RampartVersion.current(),
                now.truncatedTo(ChronoUnit.SECONDS).toString(), new ArrayList<>(accounts), new ArrayList<>(regions),
                files, stacks, result.unsupportedResourceTypes());
    }
}
