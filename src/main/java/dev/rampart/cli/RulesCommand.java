package dev.rampart.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rampart.engine.RuleInfo;
import dev.rampart.report.Format;
import dev.rampart.snapshot.SnapshotJson;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rampart rules}: the rules a scan would evaluate, with id, severity and title. */
@Command(
        name = "rules",
        mixinStandardHelpOptions = true,
        versionProvider = Rampart.Version.class,
        description = "Lists the rules a scan with the same policy options evaluates: id, severity and title (JSON adds"
                + " description, remediation, references, resource kinds and source).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rules were listed", "2:the policies cannot be loaded"})
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    PolicyOptions policies = new PolicyOptions();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", converter = FormatConverter.class,
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (format != Format.TEXT && format != Format.JSON) {
            throw new CommandLine.ParameterException(spec.commandLine(), "rules are listed as text or json");
        }
        List<RuleInfo> rules = policies.load().rules();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.JSON ? json(rules) : text(rules));
        out.flush();
        return ExitCodes.OK;
    }

    private static String text(List<RuleInfo> rules) {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(2);
        StringBuilder b = new StringBuilder();
        b.append(pad("ID", width)).append("  ").append(pad("SEVERITY", 8)).append("  TITLE\n");
        for (RuleInfo r : rules) {
            b.append(pad(r.id(), width)).append("  ").append(pad(r.severity().json(), 8)).append("  ").append(r.title())
                    .append('\n');
        }
        return b.toString();
    }

    private static String json(List<RuleInfo> rules) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ArrayNode list = json.createArrayNode();
        for (RuleInfo r : rules) {
            ObjectNode o = list.addObject();
            o.put("id", r.id());
            o.put("severity", r.severity().json());
            o.put("title", r.title());
            o.put("description", r.description());
            o.put("remediation", r.remediation());
            r.references().forEach(o.putArray("references")::add);
            r.resourceKinds().forEach(o.putArray("resource_kinds")::add);
            r.tags().forEach(o.putArray("tags")::add);
            o.put("precision", r.precision());
            o.put("package", r.packagePath());
            o.put("source", r.source());
        }
        return SnapshotJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(list) + "\n";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
