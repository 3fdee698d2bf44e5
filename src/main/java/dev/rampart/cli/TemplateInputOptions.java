package dev.rampart.cli;

import dev.rampart.RampartException;
import dev.rampart.template.ParameterFile;
import dev.rampart.template.TemplateOptions;
import dev.rampart.template.tree.ParseLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** What fills in what templates leave open (as {@code rampart snapshot} takes it), for {@code scan} and {@code diff}. */
final class TemplateInputOptions {

    // Read as text and split here, not as picocli's Map option: picocli's message for a malformed entry quotes it,
    // and the value may be a NoEcho parameter's secret on its way into a CI log.
    @Option(names = "--param", paramLabel = "KEY=VALUE",
            description = "A template parameter value (repeatable). List parameters take comma-separated values."
                    + " Overrides --param-file.")
    List<String> paramArgs = new ArrayList<>();

    @Option(names = "--param-file", paramLabel = "FILE",
            description = "Template parameter values from a JSON or YAML file: a map of name to value, or the"
                    + " CloudFormation CLI's [{\"ParameterKey\": …, \"ParameterValue\": …}] list.")
    Path paramFile;

    @Option(names = "--account", paramLabel = "ACCOUNT_ID",
            description = "Account id for AWS::AccountId when a template has no CDK environment.")
    String account;

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "50MB",
            description = "Largest input file read, in bytes or with a KB, MB or GB suffix (default: ${DEFAULT-VALUE}).")
    String maxFileSize;

    /** The template options, with {@code region} (the command's {@code --region}, or null). */
    TemplateOptions options(String region) {
        ParseLimits limits = ParseLimits.DEFAULTS.withMaxFileBytes(ByteSizes.parse(maxFileSize, "--max-file-size"));
        Map<String, String> values = new LinkedHashMap<>();
        if (paramFile != null) {
            values.putAll(ParameterFile.read(paramFile, limits));
        }
        Map<String, String> params = params();
        values.putAll(params);
        return TemplateOptions.defaults().withParameters(values).withDeclaredSomewhere(params.keySet())
                .withRegion(region).withAccount(account)
                .withLimits(limits);
    }

    /** Whether a template-only option was given. */
    boolean anyGiven() {
        return !paramArgs.isEmpty() || paramFile != null || account != null;
    }

    /** The {@code --param} values by name; a malformed one is refused by position, its text not repeated. */
    private Map<String, String> params() {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < paramArgs.size(); i++) {
            String arg = paramArgs.get(i);
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new RampartException("--param: value " + (i + 1) + " of " + paramArgs.size()
                        + " is not KEY=VALUE (not shown here, as it may be a secret)");
            }
            out.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return out;
    }
}
