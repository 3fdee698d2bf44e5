package dev.rampart.cli;

import dev.rampart.collect.PlantedCredentials;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the CLI in-process with its output captured, as a user would run it: credentials come through the
 * standard chain from a shared credentials file (profile {@code planted}), with the user's own AWS config
 * files kept out of the way.
 */
final class CliRun {
    record Result(int exitCode, String out, String err) {}

    private CliRun() {}

    static Result rampart(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Rampart.commandLine()
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs {@code body} with the planted credentials file and an empty config file as the AWS files. */
    static <T> T withPlantedProfile(Path dir, java.util.function.Supplier<T> body) {
        String credentialsBefore = System.getProperty("aws.sharedCredentialsFile");
        String configBefore = System.getProperty("aws.configFile");
        try {
            Path credentials = Files.writeString(dir.resolve("credentials"), PlantedCredentials.credentialsFile());
            Path config = Files.writeString(dir.resolve("config"), "");
            System.setProperty("aws.sharedCredentialsFile", credentials.toString());
            System.setProperty("aws.configFile", config.toString());
            return body.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            restore("aws.sharedCredentialsFile", credentialsBefore);
            restore("aws.configFile", configBefore);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
