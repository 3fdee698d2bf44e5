package dev.rampart.cli;

import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotWriter;
import dev.rampart.template.TemplateOptions;
import dev.rampart.template.TemplateSnapshotter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
            description = "Write the snapshot to FILE instead of standard output (its directory is created). FILE is"
                    + " replaced only when everything was read.")
    Path output;

    @Option(names = "--region", paramLabel = "REGION",
            description = "Region for AWS::Region (and Fn::GetAZs) when a template has no CDK environment.")
    String region;

    @Mixin
    TemplateInputOptions templateInputs = new TemplateInputOptions();

    @Override
    public Integer call() throws IOException {
        TemplateOptions options = templateInputs.options(region);
        Snapshot snapshot = TemplateSnapshotter.read(inputs, options);
        String json = SnapshotWriter.toJson(snapshot);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(json);
            out.flush();
        } else {
            OutputFiles files = new OutputFiles();
            files.add(output, json);
            files.writeAll();
        }
        summarize(snapshot);
        return ExitCodes.OK;
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
