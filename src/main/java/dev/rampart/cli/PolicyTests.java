package dev.rampart.cli;

import dev.rampart.RampartException;
import dev.rampart.rego.CompileOptions;
import dev.rampart.rego.CompiledPolicy;
import dev.rampart.rego.CompiledRule;
import dev.rampart.rego.Location;
import dev.rampart.rego.RuleKind;
import dev.rampart.rego.RuleSet;
import dev.rampart.rego.ast.Ref;
import dev.rampart.rego.ast.StringTerm;
import dev.rampart.rego.ast.Term;
import dev.rampart.wasm.Entrypoint;
import dev.rampart.wasm.EvalOptions;
import dev.rampart.wasm.PolicyEvaluationException;
import dev.rampart.wasm.PolicyProgram;
import dev.rampart.wasm.RegoWasm;
import dev.rampart.wasm.builtins.CollectingPrintSink;
import dev.rampart.wasm.value.BooleanValue;
import dev.rampart.wasm.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Policy unit tests as {@code opa test} defines them: every rule named {@code test_*}, in any package, is a
 * test that passes when its value is {@code true} (undefined, {@code false} and any other value fail), each
 * definition a test of its own ({@link CompileOptions#numberTests}); {@code todo_*} rules are skipped tests. All tests
 * compile into one module, each an entrypoint of its own, and run without input against the base data.
 */
final class PolicyTests {

    /**
     * A test rule: its document path ({@code data.pkg["test_x#01"]}), its name as reported
     * ({@code data.pkg.test_x#01}), and where it is written.
     */
    record TestCase(String path, String name, Location location, boolean todo) {
        String file() {
            return location.file();
        }
    }

    /** How a test ended. */
    enum Status { PASS, FAIL, ERROR, SKIPPED }

    /** One test's outcome, its run time, what it printed, and the error when it had one. */
    record Outcome(TestCase test, Status status, Duration time, List<String> prints, String error) {}

    private PolicyTests() {}

    /** The tests of {@code policy} whose path matches {@code run} (all when null), in file and line order. */
    static List<TestCase> discover(CompiledPolicy policy, Pattern run) {
        List<TestCase> out = new ArrayList<>();
        for (RuleSet rs : policy.ruleSets()) {
            if (rs.kind() == RuleKind.FUNCTION || rs.rules().isEmpty()) {
                continue;
            }
            Term last = rs.path().get(rs.path().size() - 1);
            if (!(last instanceof StringTerm name)) {
                continue;
            }
            boolean test = name.value().startsWith("test_");
            boolean todo = name.value().startsWith("todo_");
            String path = rs.path().toString();
            // repeated tests are numbered test_x#01 …, which is not a Rego name: show them as opa test does
            String shown = new Ref(rs.path().terms().subList(0, rs.path().size() - 1), rs.path().location())
                    + "." + name.value();
            if ((test || todo) && (run == null || run.matcher(shown).find())) {
                Location first = rs.rules().stream().map(CompiledRule::location).min(Comparator.naturalOrder())
                        .orElse(Location.NONE);
                out.add(new TestCase(path, shown, first, todo));
            }
        }
        out.sort(Comparator.comparing(TestCase::location));
        return out;
    }

    /** Runs every test; a test that fails to evaluate is an ERROR, never a reason to stop the others. */
    static List<Outcome> run(CompiledPolicy policy, List<TestCase> tests, Value data, EvalOptions base) {
        List<Entrypoint> entrypoints = tests.stream().filter(t -> !t.todo())
                .map(t -> (Entrypoint) Entrypoint.Document.of(t.path())).toList();
        List<Outcome> out = new ArrayList<>();
        PolicyProgram program = entrypoints.isEmpty() ? null : RegoWasm.compile(policy, entrypoints);
        for (TestCase t : tests) {
            if (t.todo()) {
                out.add(new Outcome(t, Status.SKIPPED, Duration.ZERO, List.of(), null));
                continue;
            }
            CollectingPrintSink prints = new CollectingPrintSink();
            EvalOptions options = base.withPrintSink(prints);
            long start = System.nanoTime();
            Status status;
            String error = null;
            try {
                Value v = program.evaluate(Entrypoint.Document.of(t.path()).name(), null, data, options);
                status = BooleanValue.TRUE.equals(v) ? Status.PASS : Status.FAIL; // as OPA: true, nothing else
            } catch (PolicyEvaluationException e) {
                status = Status.ERROR;
                error = PolicyCompilation.format(e);
            } catch (RampartException e) {
                status = Status.ERROR;
                error = e.getMessage();
            }
            out.add(new Outcome(t, status, Duration.ofNanos(System.nanoTime() - start), prints.lines(), error));
        }
        return out;
    }
}
