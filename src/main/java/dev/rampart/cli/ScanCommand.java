package dev.rampart.cli;

import dev.rampart.engine.Baseline;
import dev.rampart.engine.Policies;
import dev.rampart.engine.PolicyEngine;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.engine.RunComparison;
import dev.rampart.engine.Scan;
import dev.rampart.engine.ScanResult;
import dev.rampart.engine.SuppressionFile;
import dev.rampart.engine.SuppressionRule;
import dev.rampart.report.FindingsDocument;
import dev.rampart.report.FindingsJson;
import dev.rampart.report.Format;
import dev.rampart.report.ReportSettings;
import dev.rampart.report.Summary;
import dev.rampart.report.TextReport;
import dev.rampart.report.Verdict;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.template.TemplateSnapshotter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart scan}: evaluates the rules against templates, cdk.out directories, snapshots or live accounts. */
@Command(
        name = "scan",
        mixinStandardHelpOptions = true,
        versionProvider = Rampart.Version.class,
        description = {
            "Evaluates the built-in rules (and --policy / --bundle rules) against CloudFormation templates, CDK cdk.out"
                    + " directories, directories holding them, snapshot files, or live AWS accounts (--aws), and"
                    + " reports findings as text, JSON, SARIF or JUnit XML.",
            "Suppressions come from templates (Metadata.rampart.suppress) and from --suppressions FILE; a baseline"
                    + " (--baseline) makes only new findings count; --history DIR compares with the previous run."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on (new ones only, with --baseline); takes precedence over 3",
            "2:usage, configuration, policy or input error (nothing is written to output files)",
            "3:the scan was incomplete (gaps or unknowns that could hide findings) unless --allow-partial"
        })
final class ScanCommand implements Callable<Integer> {

    @Mixin
    EvaluationLimits limits = new EvaluationLimits();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Template files (.json, .yaml, .yml, .template), cdk.out directories, directories to search"
                    + " for them, or snapshot files. All are read together into one snapshot.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--aws",
            description = "Scan live AWS accounts instead of PATHs, collected as 'rampart collect' does (--profile,"
                    + " --region, --all-regions, --role-arn, --accounts, --organization, --external-id, --endpoint-url,"
                    + " --shard and the retry options).")
    boolean aws;

    @Option(names = "--region", paramLabel = "REGION", split = ",",
            description = "With --aws: regions to read (repeatable or comma-separated; default: the configured"
                    + " region). With templates: the region for AWS::Region when a template has no CDK environment.")
    List<String> regions = new ArrayList<>();

    @Mixin
    TemplateInputOptions templates = new TemplateInputOptions();

    @Mixin
    AwsOptions awsOptions = new AwsOptions();

    @Mixin
    PolicyOptions policies = new PolicyOptions();

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high", converter = FailOn.class,
            description = "Exit 1 when a finding (not suppressed; with --baseline, new) is at or above this severity:"
                    + " critical, high, medium, low, info or never (default: ${DEFAULT-VALUE}).")
    FailOn.Threshold failOn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "Report format on standard output (or -o FILE): text, json, sarif or junit"
                    + " (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output-file"}, paramLabel = "FILE",
            description = "Write the --format report to FILE instead of standard output (a summary line goes to"
                    + " standard error).")
    Path outputFile;

    @Option(names = "--output", paramLabel = "FORMAT=FILE", converter = FormatConverter.OutputConverter.class,
            description = "Also write a report in FORMAT to FILE (repeatable), e.g. --output sarif=rampart.sarif"
                    + " --output junit=rampart.xml.")
    List<FormatConverter.Output> outputs = new ArrayList<>();

    @Option(names = "--allow-partial",
            description = "Accept an incomplete scan (gaps, or resources a rule could not decide): exit 0 instead of 3"
                    + " when nothing fails.")
    boolean allowPartial;

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "Central suppressions file (YAML or JSON; see the README). Default: .rampart/suppressions.yaml"
                    + " when it exists.")
    Path suppressions;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A baseline (--write-baseline) or earlier findings document (--format json): only findings"
                    + " not in it count for --fail-on; baselined and fixed ones are reported.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Record this scan's findings (not suppressed) as a baseline, by fingerprint.")
    Path writeBaseline;

    @Option(names = "--history", paramLabel = "DIR",
            description = "Keep this run's snapshot and findings in DIR under a timestamped name, and report what is"
                    + " new, resolved and still open since the previous run there.")
    Path history;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "SARIF file paths are relative to DIR, the repository root (default: the current directory).")
    Path sourceRoot;

    @Option(names = "--category", paramLabel = "NAME",
            description = "SARIF analysis category (automationDetails.id NAME/), to upload several analyses for one"
                    + " commit (default: rampart/templates, rampart/aws or rampart/mixed).")
    String category;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour in the text report on standard output: auto (only on a terminal, and not when"
                    + " NO_COLOR is set), always or never (default: ${DEFAULT-VALUE}). Files never get colour.")
    String color;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        CommandLine cmd = spec.commandLine();
        validate(cmd);
        Policies loaded = policies.load();
        var config = policies.configuration();
        List<SuppressionRule> central = centralSuppressions();
        Baseline accepted = baseline == null ? null : Baseline.read(baseline, display(baseline));
        Path previous = history == null ? null : History.previous(history);
        FindingsDocument before = previous == null ? null : FindingsDocument.read(previous, display(previous));

        Snapshot snapshot = aws ? awsOptions.collect(cmd, regions) : readTemplates();
        Instant now = clock.instant();
        ScanResult result = Scan.run(new PolicyEngine(limits.apply(EvalOptions.DEFAULT), 1), loaded, snapshot,
                new Scan.Settings(inputs(snapshot), config, central, LocalDate.ofInstant(now, ZoneOffset.UTC)));
        if (accepted != null) {
            result = result.withBaseline(accepted.compare(result.findings(), display(baseline)));
        }
        if (before != null) {
            result = result.withChanges(RunComparison.compare(previous.getFileName().toString(), before.findings(),
                    result.findings()));
        }

        ReportSettings settings = new ReportSettings(failOn.severity(), allowPartial,
                sourceRoot == null ? Path.of("") : sourceRoot, category, colour(), now);
        OutputFiles files = new OutputFiles();
        String stdout = null;
        if (outputFile == null) {
            stdout = format.render(result, settings);
        } else {
            files.add(outputFile, format.render(result, settings.withoutColour()));
        }
        for (FormatConverter.Output o : outputs) {
            files.add(o.file(), o.format().render(result, settings.withoutColour()));
        }
        if (writeBaseline != null) {
            files.add(writeBaseline, Baseline.of(result.findings()).toJson(result.toolVersion(), now));
        }
        if (history == null) {
            files.writeAll();
        } else {
            try (History.Reservation run = History.reserve(history, now)) {
                files.add(history.resolve(run.stamp() + History.SNAPSHOT), SnapshotWriter.toJson(snapshot));
                files.add(history.resolve(run.stamp() + History.FINDINGS),
                        FindingsJson.render(result, settings.withoutColour()));
                files.writeAll();
            }
        }

        Summary summary = Summary.of(result, settings);
        if (stdout != null) {
            PrintWriter out = cmd.getOut();
            out.print(stdout);
            out.flush();
        }
        tell(cmd.getErr(), summary, stdout == null);
        return summary.verdict().exitCode();
    }

    private void validate(CommandLine cmd) {
        if (aws && !paths.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, "give PATHs or --aws, not both");
        }
        if (!aws && paths.isEmpty()) {
            throw new CommandLine.ParameterException(cmd, "nothing to scan: give PATHs (templates, cdk.out, directories,"
                    + " snapshots) or --aws");
        }
        if (!aws && awsOptions.anyGiven()) {
            throw new CommandLine.ParameterException(cmd, "--profile, --role-arn, --accounts and the other live options"
                    + " need --aws");
        }
        if (aws && templates.anyGiven()) {
            throw new CommandLine.ParameterException(cmd, "--param, --param-file and --account are for templates, not --aws");
        }
        if (!aws && regions.size() > 1) {
            throw new CommandLine.ParameterException(cmd, "templates take one --region (several are for --aws)");
        }
        if (!List.of("auto", "always", "never").contains(color)) {
            throw new CommandLine.ParameterException(cmd, "--color must be auto, always or never, not '" + color + "'");
        }
    }

    private Snapshot readTemplates() {
        Snapshot snapshot = TemplateSnapshotter.read(ScanInputs.expand(paths),
                templates.options(regions.isEmpty() ? null : regions.get(0)));
        warnOfRelocatedFiles(snapshot, spec.commandLine().getErr());
        return snapshot;
    }

    /**
     * A snapshot names its templates as they were given when it was taken (relative stays relative). Scanned
     * from another directory, its locations point nowhere: say so, since code scanning would place no alert.
     */
    private static void warnOfRelocatedFiles(Snapshot snapshot, PrintWriter err) {
        List<String> missing = snapshot.source().files().stream().filter(f -> !Files.exists(Path.of(f))).toList();
        if (!missing.isEmpty()) {
            err.println("rampart: warning: the snapshot names template files that are not found from this directory ("
                    + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                    + (missing.size() > 3 ? ", …" : "") + "); its locations are relative to where it was taken, so run"
                    + " the scan from there for report and SARIF locations to point at the files");
            err.flush();
        }
    }

    private List<SuppressionRule> centralSuppressions() {
        Path file = SuppressionFile.choose(suppressions, Path.of(""));
        return file == null ? List.of() : SuppressionFile.read(file, display(file));
    }

    private List<String> inputs(Snapshot snapshot) {
        if (!aws) {
            return paths.stream().map(ScanCommand::display).toList();
        }
        String accounts = snapshot.source().accounts().isEmpty() ? "default" : String.join(",", snapshot.source().accounts());
        return List.of("aws://" + accounts + "/" + String.join(",", snapshot.source().regions()));
    }

    private boolean colour() {
        return switch (color) {
            case "always" -> true;
            case "never" -> false;
            default -> Terminal.colourOnStdout();
        };
    }

    /** The summary on stderr when the report went to a file, and why the exit code is what it is. */
    private void tell(PrintWriter err, Summary summary, boolean reportInFile) {
        if (reportInFile) {
            err.println("rampart: " + TextReport.summaryLine(summary));
        }
        if (summary.verdict() == Verdict.INCOMPLETE) {
            err.println("rampart: the scan is incomplete (" + summary.gaps() + " gap" + (summary.gaps() == 1 ? "" : "s")
                    + ", " + summary.unknowns() + " unknown" + (summary.unknowns() == 1 ? "" : "s")
                    + " could hide findings; exit code 3); --allow-partial accepts partial results");
        }
        err.flush();
    }

    static String display(Path p) {
        return p.toString().replace('\\', '/');
    }
}
