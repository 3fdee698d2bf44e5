package dev.rampart.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rampart.engine.Baseline;
import dev.rampart.engine.ConfigException;
import dev.rampart.engine.Finding;
import dev.rampart.engine.Policies;
import dev.rampart.engine.PolicyEngine;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.engine.RunComparison;
import dev.rampart.engine.Scan;
import dev.rampart.engine.SuppressionFile;
import dev.rampart.engine.SuppressionRule;
import dev.rampart.report.DiffReport;
import dev.rampart.report.FindingsDocument;
import dev.rampart.report.Format;
import dev.rampart.template.TemplateSnapshotter;
import dev.rampart.wasm.value.ObjectValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart diff OLD NEW}: what is new, resolved and still open between two runs. */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = Rampart.Version.class,
        description = {
            "Compares two runs: findings documents (rampart scan --format json, or the *.findings.json files of"
                    + " --history), or snapshots, templates and cdk.out directories, which are scanned first with the"
                    + " policy options below. Findings match by fingerprint; suppressed findings are not open.",
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no new finding at or above --fail-on",
            "1:new findings at or above --fail-on",
            "2:usage, configuration, policy or input error"
        })
final class DiffCommand implements Callable<Integer> {

    @Mixin
    EvaluationLimits limits = new EvaluationLimits();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The earlier run.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The later run.")
    Path newer;

    @Mixin
    PolicyOptions policies = new PolicyOptions();

    @Option(names = "--suppressions", paramLabel = "FILE",
            description = "Suppressions applied when scanning snapshots (default: .rampart/suppressions.yaml when it"
                    + " exists).")
    Path suppressions;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "high", converter = FailOn.class,
            description = "Exit 1 when a new finding is at or above this severity: critical, high, medium, low, info or"
                    + " never (default: ${DEFAULT-VALUE}).")
    FailOn.Threshold failOn;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output-file"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of standard output.")
    Path outputFile;

    Clock clock = Clock.systemUTC();

    private Policies loaded;
    private ObjectValue config;
    private List<SuppressionRule> central;

    @Override
    public Integer call() {
        if (format != Format.TEXT && format != Format.JSON) {
            throw new CommandLine.ParameterException(spec.commandLine(), "diff writes text or json");
        }
        Instant now = clock.instant();
        List<Finding> before = findings(older, now);
        List<Finding> after = findings(newer, now);
        RunComparison c = RunComparison.compare(ScanCommand.display(older), before, after);
        String report = DiffReport.render(c, ScanCommand.display(newer), format, failOn.severity(), now);
        if (outputFile == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(report);
            out.flush();
        } else {
            OutputFiles files = new OutputFiles();
            files.add(outputFile, report);
            files.writeAll();
        }
        return DiffReport.failing(c, failOn.severity()).isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    /** The findings of one side: read from a findings document, or found by scanning anything else. */
    private List<Finding> findings(Path input, Instant now) {
        String display = ScanCommand.display(input);
        JsonNode root = Files.isRegularFile(input) ? jsonHead(input) : null;
        if (FindingsDocument.is(root)) {
            return FindingsDocument.of(root, display).findings();
        }
        if (root != null && Baseline.FORMAT.equals(root.path("format").asText(""))) {
            // a baseline keeps fingerprints only: there is nothing in it to show as resolved or still open
            throw new ConfigException(display + " is a baseline (--write-baseline), which holds no findings to compare;"
                    + " diff two findings documents (--format json, --history) or snapshots and templates, or see what"
                    + " is new against it with rampart scan --baseline " + display);
        }
        if (loaded == null) {
            loaded = policies.load();
            config = policies.configuration();
            Path file = SuppressionFile.choose(suppressions, Path.of(""));
            central = file == null ? List.of() : SuppressionFile.read(file, ScanCommand.display(file));
        }
        var snapshot = TemplateSnapshotter.read(ScanInputs.expand(List.of(input)),
                dev.rampart.template.TemplateOptions.defaults());
        return Scan.run(new PolicyEngine(limits.apply(EvalOptions.DEFAULT), 1), loaded, snapshot,
                new Scan.Settings(List.of(display), config, central, LocalDate.ofInstant(now, ZoneOffset.UTC))).findings();
    }

    /** The file parsed as JSON when it is JSON, else null (YAML templates, say). */
    private static JsonNode jsonHead(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int first = in.read();
            while (first == ' ' || first == '\n' || first == '\r' || first == '\t' || first == 0xEF || first == 0xBB
                    || first == 0xBF) {
                first = in.read();
            }
            if (first != '{') {
                return null;
            }
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            return null; // not JSON: the template reader says what is wrong with it
        }
    }
}
