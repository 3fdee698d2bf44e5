package dev.rampart.cli;

import dev.rampart.engine.BuiltinPolicies;
import dev.rampart.engine.BundleLoaders;
import dev.rampart.engine.Policies;
import dev.rampart.engine.PolicyDirectory;
import dev.rampart.engine.PolicyException;
import dev.rampart.engine.PolicyLoader;
import dev.rampart.engine.PolicySource;
import dev.rampart.engine.ScanConfig;
import dev.rampart.wasm.value.ObjectValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which policies a command evaluates, and their configuration: shared by {@code scan}, {@code rules}, {@code diff}. */
final class PolicyOptions {

    @Option(names = "--policy", paramLabel = "DIR",
            description = "A directory of Rego policies (searched recursively; *_test.rego left out) or one .rego file,"
                    + " evaluated with the built-in rules; repeatable. Rules follow docs/policies.md.")
    List<Path> policyDirs = new ArrayList<>();

    @Option(names = "--bundle", paramLabel = "FILE",
            description = "A policy bundle (an OPA bundle built with 'opa build -t wasm', or one built by"
                    + " 'rampart build'); repeatable.")
    List<Path> bundles = new ArrayList<>();

    @Option(names = "--no-builtin",
            description = "Leave out the built-in rules (evaluate only --policy and --bundle).")
    boolean noBuiltin;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration for the rules (YAML, or JSON when the name ends in .json), deep-merged over"
                    + " the defaults into data.rampart.config; keys in docs/policies.md.")
    Path config;

    /** The sources: built-in (unless --no-builtin), then directories, then bundles, in the order given. */
    List<PolicySource> sources() {
        List<PolicySource> out = new ArrayList<>();
        if (!noBuiltin) {
            out.add(new BuiltinPolicies());
        }
        policyDirs.forEach(d -> out.add(new PolicyDirectory(d)));
        bundles.forEach(b -> out.add(BundleLoaders.source(b, b.toString().replace('\\', '/'))));
        return out;
    }

    /** The compiled policies; an error when there is not a single rule to evaluate. */
    Policies load() {
        if (noBuiltin && policyDirs.isEmpty() && bundles.isEmpty()) {
            throw new PolicyException("--no-builtin leaves no rules: add --policy DIR or --bundle FILE");
        }
        Policies policies = PolicyLoader.load(sources());
        if (policies.rules().isEmpty()) {
            throw new PolicyException("no rules to evaluate: no module among the policies has a deny rule with a"
                    + " custom.id (docs/policies.md)");
        }
        return policies;
    }

    /** {@code data.rampart.config}: the defaults merged with {@code --config}. */
    ObjectValue configuration() {
        return ScanConfig.load(config, config == null ? null : config.toString().replace('\\', '/'));
    }
}
