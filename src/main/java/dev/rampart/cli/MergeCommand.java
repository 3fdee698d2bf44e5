package dev.rampart.cli;

import dev.rampart.RampartException;
import dev.rampart.RampartVersion;
import dev.rampart.snapshot.Snapshot;
import dev.rampart.snapshot.SnapshotMerger;
import dev.rampart.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rampart merge}: joins snapshots, such as the shards of one collection, into one. */
@Command(
        name = "merge",
        mixinStandardHelpOptions = true,
        versionProvider = Rampart.Version.class,
        description = {
            "Joins snapshot documents into one: sources combined (kinds, accounts, regions, files), resources"
                    + " de-duplicated by id, gaps kept. Used to join the shards of 'rampart collect --shard'.",
            "Every input is validated first; two inputs holding different resources under one id are an error."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:merged (no collection gaps, or --allow-partial)",
            "2:an input is missing or not a valid snapshot, or inputs conflict",
            "3:merged, but the result has collection gaps"
        })
final class MergeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SNAPSHOT", arity = "1..*", description = "Snapshot files to join.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result to FILE instead of stdout.")
    Path output;

    @Option(names = "--allow-partial",
            description = "Exit 0 even when the inputs carry collection gaps (they stay in the result).")
    boolean allowPartial;

    @Override
    public Integer call() {
        List<Snapshot> parts = new ArrayList<>();
        for (Path input : inputs) {
            try {
                parts.add(SnapshotReader.read(input, input.toString()));
            } catch (IOException e) {
                throw new RampartException("cannot read " + input + ": " + e);
            }
        }
        Snapshot merged = SnapshotMerger.merge(parts, RampartVersion.current(), Instant.now());
        SnapshotOutput.write(merged, output, spec.commandLine().getOut());
        return SnapshotOutput.reportGaps(merged, allowPartial, spec.commandLine().getErr());
    }
}
