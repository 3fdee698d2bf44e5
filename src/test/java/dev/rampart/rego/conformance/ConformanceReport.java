package dev.rampart.rego.conformance;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts per corpus and the failures, printed as the runner's summary. */
final class ConformanceReport {

    /** One corpus' counts; the pass rate is over the cases neither skipped upstream nor excluded. */
    static final class Tally {
        int total;
        int skipped;
        int excluded;
        int passed;
        final List<String> failures = new ArrayList<>();
        final Map<String, Integer> causes = new TreeMap<>();

        int counted() {
            return total - skipped - excluded;
        }

        double rate() {
            return counted() == 0 ? 1.0 : (double) passed / counted();
        }
    }

    private final Map<String, Tally> tallies = new TreeMap<>();

    Tally tally(String corpus) {
        return tallies.computeIfAbsent(corpus, k -> new Tally());
    }

    void record(CorpusCase c, Verdict v) {
        Tally t = tally(c.corpus());
        t.total++;
        if (v.pass()) {
            t.passed++;
        } else {
            t.failures.add("FAIL " + c.id() + " :: " + v.oneLine());
            t.causes.merge(v.cause(), 1, Integer::sum);
        }
    }

    Map<String, Tally> tallies() {
        return tallies;
    }

    void print(PrintStream out) {
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            Tally t = e.getValue();
            out.printf("%s: %d cases, %d skipped upstream, %d excluded; passed %d of %d (%.1f%%), failed %d%n",
                    e.getKey(), t.total, t.skipped, t.excluded, t.passed, t.counted(), 100 * t.rate(),
                    t.failures.size());
            if (!t.causes.isEmpty()) {
                out.println("  failures by cause: " + t.causes.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(c -> c.getKey() + " " + c.getValue()).collect(Collectors.joining(", ")));
            }
        }
        for (Tally t : tallies.values()) {
            t.failures.forEach(out::println);
        }
    }
}
