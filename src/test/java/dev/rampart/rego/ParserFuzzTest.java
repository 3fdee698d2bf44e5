package dev.rampart.rego;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Robustness property: whatever bytes it is given (mutations of real modules: truncation, deleted and
 * duplicated spans, inserted characters and random text), the front end returns a result (a policy or
 * errors); it never throws and never hangs. The random sequence is fixed by the seed, so a failure is
 * reproducible; the failing input is printed.
 */
class ParserFuzzTest {

    private static final long SEED = 0x52414d50L;
    private static final int MODULE_MUTATIONS = 3000;
    private static final int QUERY_MUTATIONS = 1000;
    /** A bound that only a non-terminating loop can exceed; performance is measured by the benchmark. */
    private static final long TIMEOUT_SECONDS = 10;

    private static final List<String> BUILT_IN_SEEDS = List.of("""
            # METADATA
            # title: sample
            # custom:
            #   severity: high
            package rampart.sample

            import data.lib.helpers as h
            import input.resources

            default allow := false

            allow if {
            	some r in resources
            	r.kind == "vpc"
            	not h.public[r.id]
            }

            deny contains msg if {
            	some i, sg in input.security_groups
            	cidr := sg.rules[_].cidr
            	cidr in {"0.0.0.0/0", "::/0"}
            	msg := sprintf("%s (%d) is open: %v", [sg.id, i, [x | x := sg.ports[_]; x > 1024]])
            }

            obj[k] := v if { some k, v in {"a": 1, "b": `raw\\n`} }

            f(x) := y if { y := x * 2 + 1.5e3 } else := {"n": null, "t": true}

            every_ok if { every k, v in input.m { v > k } }

            w := r if { r := allow with input as {"resources": []} with data.x as [1, {2}, set()] }
            """);

    private static final List<String> QUERY_SEEDS = List.of(
            "data.rampart.sample.allow = x", "x := data.rampart.sample.f(1); y = x + 1",
            "some k, v in input.m; v > k", "not data.rampart.sample.deny[\"x\"] with input as {}");

    private static ExecutorService worker;

    @BeforeAll
    static void start() {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stop() {
        worker.shutdownNow();
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>(BUILT_IN_SEEDS);
        ConformanceCorpus.locate().ifPresent(root -> ConformanceCorpus.cases(root)
                .forEach(c -> seeds.addAll(c.modules())));
        return seeds;
    }

    @Test
    void mutatedModulesAlwaysGiveAPolicyOrErrors() {
        List<String> seeds = seeds();
        Random random = new Random(SEED);
        int failures = 0;
        for (int i = 0; i < MODULE_MUTATIONS; i++) {
            String input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            CompileOptions options = CompileOptions.DEFAULT.withV0Compatible(random.nextBoolean());
            CompileResult r = run(input, i, () -> RegoCompiler.compile(List.of(new RegoSource("fuzz.rego", input)),
                    options));
            assertThat(r.ok()).isEqualTo(r.policy() != null);
            if (!r.ok()) {
                failures++;
                assertThat(r.errors()).allSatisfy(e -> assertThat(e.message()).isNotBlank());
            }
        }
        assertThat(failures).as("mutations that broke the module").isGreaterThan(MODULE_MUTATIONS / 4);
    }

    @Test
    void mutatedQueriesAlwaysGiveAQueryOrErrors() {
        CompiledPolicy policy = RegoCompiler.compile(List.of(new RegoSource("s.rego", BUILT_IN_SEEDS.get(0))),
                CompileOptions.DEFAULT).policy();
        assertThat(policy).isNotNull();
        Random random = new Random(SEED + 1);
        for (int i = 0; i < QUERY_MUTATIONS; i++) {
            String input = mutate(QUERY_SEEDS.get(random.nextInt(QUERY_SEEDS.size())), random);
            QueryResult r = run(input, i, () -> RegoCompiler.compileQuery(input, policy, CompileOptions.DEFAULT));
            assertThat(r.ok()).isEqualTo(r.query() != null);
        }
    }

    private static <T> T run(String input, int index, java.util.concurrent.Callable<T> work) {
        Future<T> f = worker.submit(work);
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            return fail("input #" + index + " (seed " + SEED + ") did not finish in " + TIMEOUT_SECONDS + " s:\n"
                    + input);
        } catch (ExecutionException e) {
            throw new AssertionError("input #" + index + " (seed " + SEED + ") threw " + e.getCause() + ":\n"
                    + input, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** One random mutation, as a fuzzer would make it. */
    static String mutate(String s, Random r) {
        if (s.isEmpty()) {
            return randomText(r, 1 + r.nextInt(40));
        }
        int p = r.nextInt(s.length());
        StringBuilder b = new StringBuilder(s);
        switch (r.nextInt(6)) {
            case 0 -> { // truncation
                return s.substring(0, p);
            }
            case 1 -> { // delete a span, like a token or two
                b.delete(p, Math.min(s.length(), p + 1 + r.nextInt(8)));
            }
            case 2 -> { // duplicate a span
                int q = Math.min(s.length(), p + 1 + r.nextInt(16));
                b.insert(q, s, p, q);
            }
            case 3 -> { // insert random characters, control and non-ASCII ones included
                for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
                    b.insert(r.nextInt(b.length() + 1), randomText(r, 1));
                }
            }
            case 4 -> { // insert a structural character
                String structural = "[]{}()\"`#:=|.,;\n\t\\_-+*/%&<>!$";
                b.insert(p, structural.charAt(r.nextInt(structural.length())));
            }
            default -> { // replace a span with random text
                int q = Math.min(s.length(), p + 1 + r.nextInt(10));
                b.replace(p, q, randomText(r, 1 + r.nextInt(10)));
            }
        }
        return b.toString();
    }

    private static String randomText(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int kind = r.nextInt(10);
            if (kind < 6) {
                b.append((char) (32 + r.nextInt(95)));
            } else if (kind < 8) {
                b.append((char) r.nextInt(32));
            } else if (kind < 9) {
                b.appendCodePoint(0x80 + r.nextInt(0x3000));
            } else {
                b.append((char) (0xD800 + r.nextInt(0x800))); // lone surrogates
            }
        }
        return b.toString();
    }
}
