package dev.rampart.cli;

import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompiledPolicy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rampart test PATH…}: runs the policies' {@code test_*} rules, as {@code opa test} does. */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = {
            "Run policy unit tests, as `opa test`: every rule named test_* (in any package) is a test that passes "
                    + "when its value is true; a test defined more than once runs once per definition (test_x, "
                    + "test_x#01, …); todo_* rules are reported as skipped. Data files (.json, .yaml) under PATH "
                    + "become data, at their directory's path.",
            "Prints failing tests (every test with -v) and a summary. Exits 0 when all pass, 1 when any fails or "
                    + "errors, 2 when the policies do not compile."
        })
final class TestCommand implements Callable<Integer> {

    @Mixin
    EvaluationLimits limits = new EvaluationLimits();

    private static final String RULE = "-".repeat(80);

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Rego files, data files, or directories searched recursively for both.")
    List<Path> paths;

    @Option(names = {"-v", "--verbose"},
            description = "Report every test, not only failures, with what each printed.")
    boolean verbose;

    @Option(names = "--v0-compatible",
            description = "Read Rego v0 syntax (p { … }, p[x] { … }), as OPA's --v0-compatible. Modules that "
                    + "import rego.v1 are read as v1.")
    boolean v0Compatible;

    @Option(names = "--run", paramLabel = "REGEX",
            description = "Run only the tests whose path (e.g. data.rampart.rules.net_001_test.test_public) "
                    + "matches this regular expression somewhere.")
    String run;

    @Override
    public Integer call() {
        Pattern filter = null;
        if (run != null) {
            try {
                filter = Pattern.compile(run);
            } catch (PatternSyntaxException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--run: not a regular expression: "
                        + e.getDescription());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PolicySources.Loaded loaded = PolicySources.load(paths);
        CompiledPolicy policy = PolicyCompilation.compile(loaded.modules(),
                CompileOptions.DEFAULT.withV0Compatible(v0Compatible).withNumberedTests(true), err);
        if (policy == null) {
            return ExitCodes.ERROR;
        }
        List<PolicyTests.TestCase> tests = PolicyTests.discover(policy, filter);
        if (tests.isEmpty()) {
            err.println("rampart: no tests found (rules named test_*)" + (run == null ? "" : " matching " + run));
            err.flush();
            return ExitCodes.OK;
        }
        List<PolicyTests.Outcome> outcomes = PolicyTests.run(policy, tests, loaded.data(),
                limits.apply(dev.rampart.wasm.EvalOptions.DEFAULT));
        report(outcomes, out);
        boolean failed = outcomes.stream().anyMatch(o -> o.status() == PolicyTests.Status.FAIL
                || o.status() == PolicyTests.Status.ERROR);
        return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private void report(List<PolicyTests.Outcome> outcomes, PrintWriter out) {
        String file = null;
        for (PolicyTests.Outcome o : outcomes) {
            boolean bad = o.status() == PolicyTests.Status.FAIL || o.status() == PolicyTests.Status.ERROR;
            if (!bad && !verbose) {
                continue;
            }
            if (!o.test().file().equals(file)) {
                file = o.test().file();
                out.println(file + ":");
            }
            out.println(o.test().name() + ": " + o.status() + " (" + duration(o.time()) + ")");
            if (o.error() != null) {
                out.println("  " + o.error());
            }
            if (bad || verbose) {
                o.prints().forEach(p -> out.println("  " + p));
            }
        }
        Map<PolicyTests.Status, Integer> counts = new EnumMap<>(PolicyTests.Status.class);
        outcomes.forEach(o -> counts.merge(o.status(), 1, Integer::sum));
        out.println(RULE);
        int total = outcomes.size();
        out.println("PASS: " + counts.getOrDefault(PolicyTests.Status.PASS, 0) + "/" + total);
        for (PolicyTests.Status s : List.of(PolicyTests.Status.FAIL, PolicyTests.Status.ERROR,
                PolicyTests.Status.SKIPPED)) {
            if (counts.containsKey(s)) {
                out.println(s + ": " + counts.get(s) + "/" + total);
            }
        }
        out.flush();
    }

    /** Go's style, as OPA prints test times: 850µs, 1.2ms, 2.31s. */
    static String duration(Duration d) {
        long nanos = d.toNanos();
        if (nanos < 1_000_000) {
            return (nanos / 1000) + "µs";
        }
        if (nanos < 1_000_000_000) {
            return String.format(java.util.Locale.ROOT, "%.1fms", nanos / 1e6);
        }
        return String.format(java.util.Locale.ROOT, "%.2fs", nanos / 1e9);
    }
}
