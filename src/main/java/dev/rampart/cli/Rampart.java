package dev.rampart.cli;

import dev.rampart.RampartException;
import dev.rampart.RampartVersion;
import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `rampart` command: entry point of the executable jar. */
@Command(
        name = "rampart",
        mixinStandardHelpOptions = true,
        versionProvider = Rampart.Version.class,
        description = "Policy-as-code compliance scanner for AWS network and container posture.",
        subcommands = {CommandLine.HelpCommand.class, ScanCommand.class, RulesCommand.class, DiffCommand.class,
            SnapshotCommand.class, CollectCommand.class, MergeCommand.class, ParseCommand.class, CheckCommand.class,
            EvalCommand.class, TestCommand.class, BuildCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no finding at or above --fail-on",
            "1:findings at or above --fail-on (or failing policy tests)",
            "2:usage, configuration, policy or input error",
            "3:the scan was incomplete (gaps that could hide findings)"
        })
public final class Rampart implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new Rampart())
                .setExecutionExceptionHandler(Rampart::handleFailure)
                .setParameterExceptionHandler(Rampart::handleUsageError);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        if (e instanceof RampartException) {
            err.println("rampart: " + e.getMessage() + EvaluationLimits.hint(e));
        } else {
            err.println("rampart: internal error (please report it): " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("rampart: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        }
        err.flush();
        return ExitCodes.ERROR;
    }

    /** Reads the version Maven wrote into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            return new String[] {"rampart " + version()};
        }
    }

    /** Rampart's own version, as built. */
    public static String version() {
        return RampartVersion.current();
    }
}
