package dev.rampart.cli;

import dev.rampart.RampartException;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.template.ParameterFile;
import dev.rampart.template.TemplateOptions;
import dev.rampart.template.TemplateSnapshotter;
import dev.rampart.template.tree.ParseLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart snapshot}: templates, cdk.out directories and snapshot files into one snapshot document. */
@Command(
        name = "snapshot",
        mixinStandardHelpOptions = true,
        description = {
            "Reads CloudFormation templates (JSON or YAML), CDK cdk.out directories and earlier snapshot files,"
                    + " and writes one snapshot document (see docs/snapshot.md).",
            "Values a template leaves unresolved are null in the document and listed under \"gaps\"."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the snapshot was written (gaps are fine)", "2:an input could not be read"})
public final class SnapshotCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Template files (.json, .yaml, .yml, .template), cdk.out directories, or snapshot files"
                    + " (recognised by their schema_version). All are merged into one document.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the snapshot to FILE instead of standard output. FILE is replaced only when"
                    + " everything was read.")
    Path output;

    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A template parameter value (repeatable). List parameters take comma-separated values."
                    + " Overrides --param-file.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--param-file", paramLabel = "FILE",
            description = "Template parameter values from a JSON or YAML file: a map of name to value, or the"
                    + " CloudFormation CLI's [{\"ParameterKey\": …, \"ParameterValue\": …}] list.")
    Path paramFile;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Region for AWS::Region (and Fn::GetAZs) when a template has no CDK environment.")
    String region;

    @Option(names = "--account", paramLabel = "ACCOUNT_ID",
            description = "Account id for AWS::AccountId when a template has no CDK environment.")
    String account;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "50MB",
            description = "Largest input file read, in bytes or with a KB, MB or GB suffix (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Override
    public Integer call() throws IOException {
        ParseLimits limits = ParseLimits.DEFAULTS.withMaxFileBytes(ByteSizes.parse(maxFileSize, "--max-file-size"));
        Map<String, String> values = new LinkedHashMap<>();
        if (paramFile != null) {
            values.putAll(ParameterFile.read(paramFile, limits));
        }
        values.putAll(params);
        TemplateOptions options = TemplateOptions.defaults()
                .withParameters(values)
                .withRegion(region)
                .withAccount(account)
                .withLimits(limits);
        Snapshot snapshot = TemplateSnapshotter.read(inputs, options);
        String json = SnapshotWriter.toJson(snapshot);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(json);
            out.flush();
        } else {
            writeAtomically(output, json);
        }
        summarize(snapshot);
        return ExitCodes.OK;
    }

    // Write beside the target and move into place, so a failed run never leaves a partial document.
    private static void writeAtomically(Path target, String json) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new RampartException("cannot write " + target + ": its directory does not exist");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".rampart-snapshot-", ".tmp");
            Files.writeString(temp, json, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new RampartException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        }
    }

    private void summarize(Snapshot snapshot) {
        PrintWriter err = spec.commandLine().getErr();
        long resources = snapshot.resources().count();
        err.println("rampart: " + resources + " resource" + (resources == 1 ? "" : "s") + " from "
                + snapshot.source().files().size() + " file(s), " + snapshot.gaps().size() + " gap"
                + (snapshot.gaps().size() == 1 ? "" : "s") + (output == null ? "" : "; wrote " + output));
        err.flush();
    }
}
